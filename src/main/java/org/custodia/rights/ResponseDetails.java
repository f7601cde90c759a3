package org.custodia.rights;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who the response is from and for, as printed on it. {@code subjectAccess} is false for the record of
 * a person who has died: the dead are not data subjects, so the documents must not call it a subject
 * access response under UK GDPR.
 */
public record ResponseDetails(
        String organisationName,
        String requestReference,
        String requester,
        String subjectName,
        LocalDate date,
        boolean subjectAccess) {

    public ResponseDetails {
        Objects.requireNonNull(organisationName, "organisation name");
        Objects.requireNonNull(requestReference, "request reference");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(subjectName, "subject name");
        Objects.requireNonNull(date, "date");
    }

    /** A subject access response. */
    public ResponseDetails(
            String organisationName, String requestReference, String requester, String subjectName, LocalDate date) {
        this(organisationName, requestReference, requester, subjectName, date, true);
    }

    /** What the documents say the response is, under which law. */
    public String basis() {
        return subjectAccess
                ? "A response to a subject access request under UK GDPR Article 15."
                : "The record of a person who has died. This is not a subject access request under UK GDPR, which"
                        + " applies only to living people: the record is released at our discretion, with information"
                        + " about other living people withheld where the law requires it.";
    }
}
