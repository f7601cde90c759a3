package org.custodia.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.governance.AdequacyEntry;
import org.custodia.governance.Country;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.governance.RecipientId;
import org.custodia.governance.Transfer;
import org.custodia.governance.TransferException;
import org.custodia.governance.TransferId;
import org.custodia.governance.TransferSafeguard;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class TransferRows {

    private static final String SELECT =
            "select t.*, r.name as recipient_name from transfers t join recipients r on r.id = t.recipient_id";

    private final JdbcClient jdbc;

    TransferRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TransferId id, OrganisationId organisation, Transfer t, UserId by, Instant now) {
        jdbc.sql(
                        "insert into transfers (id, organisation_id, recipient_id, country_code, activity_id, data_transferred,"
                                + " adequate, adequacy_source, partial_coverage_confirmed, safeguard, safeguard_signed_on,"
                                + " exception, exception_justification, risk_assessed_on, risk_assessment_conclusion,"
                                + " created_by, created_at) values (:id, :organisation, :recipient, :country, :activity, :data,"
                                + " :adequate, :source, :confirmed, :safeguard, :signed, :exception, :justification, :tra,"
                                + " :conclusion, :by, :now)")
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("recipient", t.recipient().value())
                .param("country", t.country().code())
                .param("activity", t.activity() == null ? null : t.activity().value())
                .param("data", t.dataTransferred())
                .param("adequate", t.adequate())
                .param("source", t.adequacySource())
                .param("confirmed", t.partialCoverageConfirmed())
                .param("safeguard", t.safeguard() == null ? null : t.safeguard().name())
                .param("signed", t.safeguardSignedOn())
                .param("exception", t.exception() == null ? null : t.exception().name())
                .param("justification", t.exceptionJustification())
                .param("tra", t.riskAssessedOn())
                .param("conclusion", t.riskAssessmentConclusion())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<Transfer> all() {
        return jdbc.sql(SELECT + " order by t.created_at desc")
                .query(TransferRows::transfer)
                .list();
    }

    public Optional<Transfer> find(TransferId id) {
        return jdbc.sql(SELECT + " where t.id = :id")
                .param("id", id.value())
                .query(TransferRows::transfer)
                .optional();
    }

    public List<Transfer> forActivity(ProcessingActivityId activity) {
        return jdbc.sql(SELECT + " where t.activity_id = :activity order by t.created_at")
                .param("activity", activity.value())
                .query(TransferRows::transfer)
                .list();
    }

    /** Whether the processing activity is the organisation's (row-level security hides any other). */
    public boolean activityExists(UUID activity) {
        return jdbc.sql("select count(*) from processing_activities where id = :id")
                        .param("id", activity)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<AdequacyEntry> adequacyList() {
        return jdbc.sql("select * from uk_adequacy").query(TransferRows::entry).list().stream()
                .sorted(java.util.Comparator.comparing(e -> e.country().name()))
                .toList();
    }

    public Optional<AdequacyEntry> adequacyOf(String countryCode) {
        return jdbc.sql("select * from uk_adequacy where country_code = :code")
                .param("code", countryCode)
                .query(TransferRows::entry)
                .optional();
    }

    private static AdequacyEntry entry(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("country_code");
        return new AdequacyEntry(
                Countries.of(code).orElse(new Country(code, code)),
                "PARTIAL".equals(rs.getString("coverage")),
                rs.getString("covers"),
                rs.getString("source"),
                rs.getDate("adequate_from").toLocalDate());
    }

    private static Transfer transfer(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("country_code");
        UUID activity = rs.getObject("activity_id", UUID.class);
        String safeguard = rs.getString("safeguard");
        String exception = rs.getString("exception");
        return new Transfer(
                new TransferId(rs.getObject("id", UUID.class)),
                new RecipientId(rs.getObject("recipient_id", UUID.class)),
                rs.getString("recipient_name"),
                Countries.of(code).orElse(new Country(code, code)),
                activity == null ? null : new ProcessingActivityId(activity),
                rs.getString("data_transferred"),
                rs.getBoolean("adequate"),
                rs.getString("adequacy_source"),
                rs.getBoolean("partial_coverage_confirmed"),
                safeguard == null ? null : TransferSafeguard.valueOf(safeguard),
                AgreementRows.date(rs, "safeguard_signed_on"),
                exception == null ? null : TransferException.valueOf(exception),
                rs.getString("exception_justification"),
                AgreementRows.date(rs, "risk_assessed_on"),
                rs.getString("risk_assessment_conclusion"),
                rs.getTimestamp("created_at").toInstant());
    }
}
