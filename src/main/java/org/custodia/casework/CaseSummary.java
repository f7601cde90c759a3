package org.custodia.casework;

import java.time.LocalDate;

/** A case in a list: its reference, type, child and status. */
public record CaseSummary(
        CaseId id,
        String reference,
        CaseType type,
        PersonId childId,
        String childName,
        boolean childDeceased,
        String status,
        LocalDate openedOn,
        boolean onTeam) {}
