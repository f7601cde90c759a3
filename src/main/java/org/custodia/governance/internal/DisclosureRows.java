package org.custodia.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.governance.DataReceived;
import org.custodia.governance.DisclosureBasis;
import org.custodia.governance.DisclosureId;
import org.custodia.governance.RecipientId;
import org.custodia.governance.RecipientKind;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class DisclosureRows {

    private static final String SELECT = "select d.*, r.name as recipient_name, a.title as agreement_title,"
            + " f.disclosure_id as follow_up, f.told_on, f.not_told_reason, f.closed_by, f.closed_at"
            + " from disclosures d join recipients r on r.id = d.recipient_id"
            + " left join sharing_agreements a on a.id = d.agreement_id"
            + " left join disclosure_follow_ups f on f.disclosure_id = d.id";

    private final JdbcClient jdbc;

    DisclosureRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A disclosure as stored; the reason is still encrypted. */
    public record Row(
            DisclosureId id,
            RecipientId recipient,
            String recipientName,
            LocalDate disclosedOn,
            String dataShared,
            String method,
            DisclosureBasis basis,
            UUID agreement,
            String agreementTitle,
            String statutoryBasis,
            byte[] reason,
            PersonId reasonSubject,
            UUID decidedBy,
            LocalDate decidedOn,
            UUID caseId,
            String documentFormat,
            UUID recordedBy,
            Instant recordedAt,
            boolean hasFollowUp,
            LocalDate toldOn,
            String notToldReason,
            UUID closedBy,
            Instant closedAt) {}

    /** Notes the consent purpose a disclosure relied on. */
    public void relyOnConsent(DisclosureId id, UUID purpose, OrganisationId organisation) {
        jdbc.sql("insert into disclosure_consents (disclosure_id, consent_purpose_id, organisation_id)"
                        + " values (:id, :purpose, :organisation)")
                .param("id", id.value())
                .param("purpose", purpose)
                .param("organisation", organisation.value())
                .update();
    }

    public void insert(Row row, List<PersonId> people, OrganisationId organisation) {
        jdbc.sql("insert into disclosures (id, organisation_id, recipient_id, disclosed_on, data_shared, method, basis,"
                        + " agreement_id, statutory_basis, reason, reason_subject, decided_by, decided_on, case_id,"
                        + " document_format, recorded_by, recorded_at) values (:id, :organisation, :recipient,"
                        + " :on, :data, :method, :basis, :agreement, :statutory, :reason, :reasonSubject, :decidedBy,"
                        + " :decidedOn, :caseId, :format, :by, :at)")
                .param("id", row.id().value())
                .param("organisation", organisation.value())
                .param("recipient", row.recipient().value())
                .param("on", row.disclosedOn())
                .param("data", row.dataShared())
                .param("method", row.method())
                .param("basis", row.basis().name())
                .param("agreement", row.agreement())
                .param("statutory", row.statutoryBasis())
                .param("reason", row.reason())
                .param(
                        "reasonSubject",
                        row.reasonSubject() == null ? null : row.reasonSubject().value())
                .param("decidedBy", row.decidedBy())
                .param("decidedOn", row.decidedOn())
                .param("caseId", row.caseId())
                .param("format", row.documentFormat())
                .param("by", row.recordedBy())
                .param("at", Timestamp.from(row.recordedAt()))
                .update();
        for (PersonId person : people) {
            jdbc.sql("insert into disclosure_subjects (disclosure_id, person_id, organisation_id)"
                            + " values (:id, :person, :organisation)")
                    .param("id", row.id().value())
                    .param("person", person.value())
                    .param("organisation", organisation.value())
                    .update();
        }
        if (row.basis() == DisclosureBasis.WITHOUT_CONSENT_RISK) {
            jdbc.sql("insert into disclosure_follow_ups (disclosure_id, organisation_id) values (:id, :organisation)")
                    .param("id", row.id().value())
                    .param("organisation", organisation.value())
                    .update();
        }
    }

    public void closeFollowUp(DisclosureId id, LocalDate toldOn, String notToldReason, UserId by, Instant at) {
        jdbc.sql("update disclosure_follow_ups set told_on = :told, not_told_reason = :reason, closed_by = :by,"
                        + " closed_at = :at where disclosure_id = :id and closed_at is null")
                .param("told", toldOn)
                .param("reason", notToldReason)
                .param("by", by.value())
                .param("at", Timestamp.from(at))
                .param("id", id.value())
                .update();
    }

    public Optional<Row> find(DisclosureId id) {
        return jdbc.sql(SELECT + " where d.id = :id")
                .param("id", id.value())
                .query(DisclosureRows::row)
                .optional();
    }

    public List<Row> all(boolean openFollowUpsOnly) {
        return jdbc.sql(SELECT + (openFollowUpsOnly ? " where f.disclosure_id is not null and f.closed_at is null" : "")
                        + " order by d.disclosed_on desc, d.recorded_at desc limit 500")
                .query(DisclosureRows::row)
                .list();
    }

    public List<Row> about(PersonId person) {
        return jdbc.sql(SELECT + " where exists (select 1 from disclosure_subjects s where s.disclosure_id = d.id"
                        + " and s.person_id = :person) order by d.disclosed_on desc, d.recorded_at desc")
                .param("person", person.value())
                .query(DisclosureRows::row)
                .list();
    }

    public List<PersonId> people(DisclosureId id) {
        return jdbc.sql("select person_id from disclosure_subjects where disclosure_id = :id order by person_id")
                .param("id", id.value())
                .query((rs, n) -> new PersonId(rs.getObject("person_id", UUID.class)))
                .list();
    }

    public List<DataReceived> receivedFrom(PersonId person) {
        return jdbc.sql("select r.id, r.name, r.kind, r.contact, d.disclosed_on, d.data_shared, d.basis"
                        + " from disclosures d join recipients r on r.id = d.recipient_id"
                        + " join disclosure_subjects s on s.disclosure_id = d.id where s.person_id = :person"
                        + " order by d.disclosed_on desc, lower(r.name)")
                .param("person", person.value())
                .query((rs, n) -> new DataReceived(
                        new RecipientId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        RecipientKind.valueOf(rs.getString("kind")),
                        rs.getString("contact"),
                        rs.getDate("disclosed_on").toLocalDate(),
                        rs.getString("data_shared"),
                        DisclosureBasis.valueOf(rs.getString("basis"))))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID reasonSubject = rs.getObject("reason_subject", UUID.class);
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Row(
                new DisclosureId(rs.getObject("id", UUID.class)),
                new RecipientId(rs.getObject("recipient_id", UUID.class)),
                rs.getString("recipient_name"),
                AgreementRows.date(rs, "disclosed_on"),
                rs.getString("data_shared"),
                rs.getString("method"),
                DisclosureBasis.valueOf(rs.getString("basis")),
                rs.getObject("agreement_id", UUID.class),
                rs.getString("agreement_title"),
                rs.getString("statutory_basis"),
                rs.getBytes("reason"),
                reasonSubject == null ? null : new PersonId(reasonSubject),
                rs.getObject("decided_by", UUID.class),
                AgreementRows.date(rs, "decided_on"),
                rs.getObject("case_id", UUID.class),
                rs.getString("document_format"),
                rs.getObject("recorded_by", UUID.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("follow_up", UUID.class) != null,
                AgreementRows.date(rs, "told_on"),
                rs.getString("not_told_reason"),
                rs.getObject("closed_by", UUID.class),
                closedAt == null ? null : closedAt.toInstant());
    }
}
