package org.custodia.rights;

import java.time.LocalDate;
import java.util.Objects;

/** Who the response is from and for, as printed on it. */
public record ResponseDetails(
        String organisationName, String requestReference, String requester, String subjectName, LocalDate date) {

    public ResponseDetails {
        Objects.requireNonNull(organisationName, "organisation name");
        Objects.requireNonNull(requestReference, "request reference");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(subjectName, "subject name");
        Objects.requireNonNull(date, "date");
    }
}
