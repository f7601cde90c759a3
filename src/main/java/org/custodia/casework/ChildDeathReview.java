package org.custodia.casework;

import java.util.List;

/** Everything recorded on a child death review; {@code notification} and {@code analysis} may be null. */
public record ChildDeathReview(
        DeathNotification notification,
        List<InvolvedAgency> agencies,
        DeathAnalysis analysis,
        NcmdSubmission submission) {}
