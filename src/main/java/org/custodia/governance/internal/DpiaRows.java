package org.custodia.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.governance.DpiaDraft;
import org.custodia.governance.DpiaId;
import org.custodia.governance.DpiaRisk;
import org.custodia.governance.Likelihood;
import org.custodia.governance.MeasureEffect;
import org.custodia.governance.RiskLevel;
import org.custodia.governance.ScreeningCriterion;
import org.custodia.governance.Severity;
import org.custodia.governance.SignOff;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** DPIAs and their risks. Row-level security confines every query to one organisation. */
@Repository
public class DpiaRows {

    /** A DPIA as stored; the sign-off names an actor id, which the facade turns into a name. */
    public record DpiaRow(
            DpiaId id,
            String title,
            String status,
            java.util.Set<ScreeningCriterion> screening,
            String processingDescription,
            String necessity,
            String dpoAdvice,
            boolean icoConsulted,
            Instant signedOffAt,
            UUID signedOffBy,
            LocalDate reviewDue,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    DpiaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> status(DpiaId id) {
        return jdbc.sql("select status from dpias where id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    public void insert(DpiaId id, OrganisationId organisation, DpiaDraft draft, UserId by, Instant now) {
        jdbc.sql("""
                        insert into dpias (id, organisation_id, title, status, created_by, created_at, screening,
                            processing_description, necessity)
                        values (:id, :organisation, :title, 'DRAFT', :by, :now, cast(:screening as text[]),
                            :description, :necessity)
                        """)
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("title", draft.title().trim())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .param("screening", SqlArrays.literal(draft.screening()))
                .param("description", orEmpty(draft.processingDescription()))
                .param("necessity", orEmpty(draft.necessity()))
                .update();
    }

    /** Saves the draft and, since what was signed off has changed, returns the DPIA to draft. */
    public void update(DpiaId id, DpiaDraft draft, UserId by, Instant now) {
        jdbc.sql("""
                        update dpias set title = :title, screening = cast(:screening as text[]),
                            processing_description = :description, necessity = :necessity
                        where id = :id
                        """)
                .param("id", id.value())
                .param("title", draft.title().trim())
                .param("screening", SqlArrays.literal(draft.screening()))
                .param("description", orEmpty(draft.processingDescription()))
                .param("necessity", orEmpty(draft.necessity()))
                .update();
        returnToDraft(id, by, now);
    }

    public void returnToDraft(DpiaId id, UserId by, Instant now) {
        jdbc.sql("update dpias set status = 'DRAFT', signed_off_at = null, signed_off_by = null,"
                        + " updated_at = :now, updated_by = :by where id = :id")
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .param("by", by.value())
                .update();
    }

    public void signOff(DpiaId id, SignOff signOff, UserId by, Instant now) {
        jdbc.sql("""
                        update dpias set status = 'SIGNED_OFF', signed_off_at = :now, signed_off_by = :by,
                            dpo_advice = :advice, review_due = :reviewDue, ico_consulted = :ico,
                            updated_at = :now, updated_by = :by
                        where id = :id
                        """)
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .param("by", by.value())
                .param("advice", signOff.dpoAdvice().trim())
                .param("reviewDue", signOff.reviewDue())
                .param("ico", signOff.icoConsulted())
                .update();
    }

    public Optional<DpiaRow> find(DpiaId id) {
        return jdbc.sql("select * from dpias where id = :id")
                .param("id", id.value())
                .query(DpiaRows::map)
                .optional();
    }

    public List<DpiaRow> all() {
        return jdbc.sql("select * from dpias order by lower(title), created_at")
                .query(DpiaRows::map)
                .list();
    }

    /** Signed-off DPIAs whose review falls on or before the day given, soonest first. */
    public List<DpiaRow> reviewDueBy(LocalDate day) {
        return jdbc.sql("select * from dpias where status = 'SIGNED_OFF' and review_due <= :day order by review_due")
                .param("day", day)
                .query(DpiaRows::map)
                .list();
    }

    public void addRisk(DpiaId dpia, OrganisationId organisation, UUID riskId, DpiaRisk risk, Instant now) {
        jdbc.sql("""
                        insert into dpia_risks (id, organisation_id, dpia_id, description, likelihood, severity,
                            measure, effect, residual_risk, added_at)
                        values (:id, :organisation, :dpia, :description, :likelihood, :severity, :measure, :effect,
                            :residual, :now)
                        """)
                .param("id", riskId)
                .param("organisation", organisation.value())
                .param("dpia", dpia.value())
                .param("description", risk.description().trim())
                .param("likelihood", risk.likelihood().name())
                .param("severity", risk.severity().name())
                .param("measure", risk.measure() == null ? null : risk.measure().trim())
                .param("effect", risk.effect() == null ? null : risk.effect().name())
                .param(
                        "residual",
                        risk.residualRisk() == null ? null : risk.residualRisk().name())
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean recordMeasure(DpiaId dpia, UUID riskId, String measure, MeasureEffect effect, RiskLevel residual) {
        return jdbc.sql("update dpia_risks set measure = :measure, effect = :effect, residual_risk = :residual"
                                + " where id = :id and dpia_id = :dpia")
                        .param("measure", measure.trim())
                        .param("effect", effect.name())
                        .param("residual", residual.name())
                        .param("id", riskId)
                        .param("dpia", dpia.value())
                        .update()
                == 1;
    }

    public boolean removeRisk(DpiaId dpia, UUID riskId) {
        return jdbc.sql("delete from dpia_risks where id = :id and dpia_id = :dpia")
                        .param("id", riskId)
                        .param("dpia", dpia.value())
                        .update()
                == 1;
    }

    public List<DpiaRisk> risks(DpiaId dpia) {
        return jdbc.sql("select * from dpia_risks where dpia_id = :dpia order by added_at, id")
                .param("dpia", dpia.value())
                .query((row, n) -> new DpiaRisk(
                        row.getObject("id", UUID.class),
                        row.getString("description"),
                        Likelihood.valueOf(row.getString("likelihood")),
                        Severity.valueOf(row.getString("severity")),
                        row.getString("measure"),
                        row.getString("effect") == null ? null : MeasureEffect.valueOf(row.getString("effect")),
                        row.getString("residual_risk") == null
                                ? null
                                : RiskLevel.valueOf(row.getString("residual_risk"))))
                .list();
    }

    private static DpiaRow map(ResultSet row, int n) throws SQLException {
        Timestamp signedOffAt = row.getTimestamp("signed_off_at");
        return new DpiaRow(
                new DpiaId(row.getObject("id", UUID.class)),
                row.getString("title"),
                row.getString("status"),
                SqlArrays.read(row.getArray("screening"), ScreeningCriterion.class),
                row.getString("processing_description"),
                row.getString("necessity"),
                row.getString("dpo_advice"),
                row.getBoolean("ico_consulted"),
                signedOffAt == null ? null : signedOffAt.toInstant(),
                row.getObject("signed_off_by", UUID.class),
                row.getObject("review_due", LocalDate.class),
                row.getTimestamp("created_at").toInstant());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
