package org.custodia.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case note; its text is free text and so sensitive: withheld (null) without a grant. A note is an
 * opinion and stays as written; the child's own statements about it go with it.
 */
public record CaseNote(
        UUID id, String text, boolean withheld, String writtenBy, Instant writtenAt, List<PersonStatement> statements) {

    public CaseNote(UUID id, String text, boolean withheld, String writtenBy, Instant writtenAt) {
        this(id, text, withheld, writtenBy, writtenAt, List.of());
    }

    public CaseNote withStatements(List<PersonStatement> found) {
        return new CaseNote(id, text, withheld, writtenBy, writtenAt, found == null ? List.of() : found);
    }
}
