package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agency involved with a child who died, and the reporting forms it has sent to the review. */
public record InvolvedAgency(UUID id, String name, List<Report> reports) {

    /** A reporting form; its content is free text, withheld (null) without a grant. */
    public record Report(UUID id, LocalDate submittedOn, String content, boolean contentWithheld, Instant recordedAt) {}
}
