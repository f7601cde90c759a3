package org.custodia.casework;

import java.time.LocalDate;

/**
 * The submission to the National Child Mortality Database: when it was (last) submitted and when the
 * database accepted or returned it. As a change, {@code on} alone matters: the date of that status.
 */
public record NcmdSubmission(NcmdStatus status, LocalDate submittedOn, LocalDate respondedOn) {

    public static final NcmdSubmission NONE = new NcmdSubmission(NcmdStatus.NOT_SUBMITTED, null, null);

    /** A change of status on a date, as recorded by the review's team. */
    public record Change(NcmdStatus status, LocalDate on) {}
}
