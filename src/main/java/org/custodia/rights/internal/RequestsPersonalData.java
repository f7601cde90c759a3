package org.custodia.rights.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.rights.RequestKind;
import org.custodia.rights.RequestOutcome;
import org.custodia.rights.RequestStatus;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rights requests a person was matched to. Export lists them (kind, dates, status, outcome; what the
 * requester wrote is the requester's, not the person's). Erasure unlinks the person from closed requests;
 * an open request keeps its match, because the request still needs it. A closed request left with no one
 * matched loses its redaction decisions and any documents kept for the DPO: they were about that person.
 */
@Component
class RequestsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    RequestsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        return jdbc.sql("select r.id, r.reference, r.kind, r.received_on, r.status, r.outcome, m.confirmed_at"
                        + " from rights_request_matches m join rights_requests r on r.id = m.request_id"
                        + " where m.person_id = :person order by r.received_on, r.id")
                .param("person", subject.value())
                .query((rs, n) -> HeldRecord.of(
                                "rights.request:" + rs.getObject("id", UUID.class),
                                "Rights requests about you",
                                rs.getTimestamp("confirmed_at").toInstant())
                        .field("Reference", rs.getString("reference"))
                        .field("Kind", RequestKind.valueOf(rs.getString("kind")).label())
                        .field("Received", rs.getObject("received_on", java.time.LocalDate.class))
                        .field(
                                "Status",
                                RequestStatus.valueOf(rs.getString("status")).label())
                        .field(
                                "Outcome",
                                rs.getString("outcome") == null
                                        ? null
                                        : RequestOutcome.valueOf(rs.getString("outcome"))
                                                .label())
                        .build())
                .list();
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        List<UUID> closed = jdbc.sql("select m.request_id from rights_request_matches m join rights_requests r"
                        + " on r.id = m.request_id where m.person_id = :person and r.status = 'CLOSED'")
                .param("person", subject.value())
                .query(UUID.class)
                .list();
        int removed = 0;
        if (!closed.isEmpty()) {
            removed += jdbc.sql(
                            "delete from rights_request_matches where person_id = :person and request_id in (:closed)")
                    .param("person", subject.value())
                    .param("closed", closed)
                    .update();
            removed += jdbc.sql("delete from rights_request_redactions r where r.request_id in (:closed) and not exists"
                            + " (select 1 from rights_request_matches m where m.request_id = r.request_id)")
                    .param("closed", closed)
                    .update();
            jdbc.sql(
                            "update rights_request_responses s set pdf = null, zip = null where s.request_id in (:closed)"
                                    + " and not exists (select 1 from rights_request_matches m where m.request_id = s.request_id)")
                    .param("closed", closed)
                    .update();
        }
        List<String> open = jdbc.sql("select r.reference from rights_request_matches m join rights_requests r"
                        + " on r.id = m.request_id where m.person_id = :person and r.status <> 'CLOSED'"
                        + " order by r.reference")
                .param("person", subject.value())
                .query(String.class)
                .list();
        ErasureOutcome outcome = ErasureOutcome.removed(removed);
        return open.isEmpty()
                ? outcome
                : outcome.and(ErasureOutcome.keptBecause(
                        "rights requests: an open request still needs it (" + String.join(", ", open) + ")"));
    }

    @Override
    public Set<String> tables() {
        return Set.of("rights_request_matches", "rights_request_redactions", "rights_request_responses");
    }
}
