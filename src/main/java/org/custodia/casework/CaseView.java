package org.custodia.casework;

import java.time.LocalDate;
import java.util.List;

/** A case as a reader with access sees it. */
public record CaseView(
        CaseId id,
        String reference,
        CaseType type,
        PersonSummary child,
        String status,
        LocalDate openedOn,
        LocalDate closedOn,
        List<TeamMember> team,
        List<Participant> participants,
        List<CaseNote> notes,
        boolean readerOnTeam) {

    public record TeamMember(String userId, String name) {}

    public record Participant(PersonSummary person, String role) {}
}
