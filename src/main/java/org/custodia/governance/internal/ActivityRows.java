package org.custodia.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custodia.casework.CaseType;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.ActivityStatus;
import org.custodia.governance.Art10Condition;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.DpiaId;
import org.custodia.governance.LawfulBasis;
import org.custodia.governance.ProcessingActivity;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of processing. Row-level security confines every query to one organisation. */
@Repository
public class ActivityRows {

    private static final String SELECT = "select a.*, d.title as dpia_title, d.status as dpia_status,"
            + " coalesce(cardinality(d.screening), 0) > 0 as dpia_screened_in,"
            + " (select coalesce(array_agg(l.case_type), '{}') from processing_activity_case_types l"
            + " where l.activity_id = a.id) as case_types"
            + " from processing_activities a left join dpias d on d.id = a.dpia_id";

    private final JdbcClient jdbc;

    ActivityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            ProcessingActivityId id,
            OrganisationId organisation,
            ActivityDetails details,
            String template,
            UserId by,
            Instant now) {
        jdbc.sql("insert into processing_activities (id, organisation_id, name, created_by, created_at, template)"
                        + " values (:id, :organisation, :name, :by, :now, :template)")
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("name", details.name())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .param("template", template)
                .update();
        update(id, organisation, details, by, now);
    }

    public void update(
            ProcessingActivityId id, OrganisationId organisation, ActivityDetails details, UserId by, Instant now) {
        jdbc.sql("""
                        update processing_activities set name = :name, description = :description,
                            purposes = :purposes, data_subjects = :subjects, personal_data = :data,
                            lawful_basis = :basis, legal_provision = :provision,
                            art9_conditions = cast(:art9 as text[]), art10_condition = :art10,
                            recipients = :recipients, retention = :retention,
                            international_transfers = :transfers, automated_decisions = :automated,
                            automated_decisions_description = :automatedDescription, high_risk = :highRisk,
                            dpia_id = :dpia, updated_at = :now, updated_by = :by
                        where id = :id
                        """)
                .param("id", id.value())
                .param("name", details.name())
                .param("description", orEmpty(details.description()))
                .param("purposes", details.purposes())
                .param("subjects", details.dataSubjects())
                .param("data", details.personalData())
                .param("basis", details.lawfulBasis().name())
                .param("provision", orEmpty(details.legalProvision()))
                .param("art9", SqlArrays.literal(details.art9Conditions()))
                .param(
                        "art10",
                        details.art10Condition() == null
                                ? null
                                : details.art10Condition().name())
                .param("recipients", orEmpty(details.recipients()))
                .param("retention", details.retention())
                .param("transfers", orEmpty(details.internationalTransfers()))
                .param("automated", details.automatedDecisions())
                .param(
                        "automatedDescription",
                        details.automatedDecisions() ? details.automatedDecisionsDescription() : null)
                .param("highRisk", details.highRisk())
                .param("dpia", details.dpia() == null ? null : details.dpia().value())
                .param("now", Timestamp.from(now))
                .param("by", by.value())
                .update();
        jdbc.sql("delete from processing_activity_case_types where activity_id = :id")
                .param("id", id.value())
                .update();
        for (CaseType type : details.caseTypes()) {
            jdbc.sql("insert into processing_activity_case_types (organisation_id, case_type, activity_id)"
                            + " values (:organisation, :type, :id)")
                    .param("organisation", organisation.value())
                    .param("type", type.name())
                    .param("id", id.value())
                    .update();
        }
    }

    public void setStatus(ProcessingActivityId id, ActivityStatus status, UserId by, Instant now) {
        jdbc.sql(
                        "update processing_activities set status = :status, updated_at = :now, updated_by = :by where id = :id")
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("by", by.value())
                .param("id", id.value())
                .update();
    }

    public Optional<ProcessingActivity> find(ProcessingActivityId id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id.value())
                .query(ActivityRows::map)
                .optional();
    }

    public List<ProcessingActivity> all() {
        return jdbc.sql(SELECT + " order by lower(a.name), a.created_at")
                .query(ActivityRows::map)
                .list();
    }

    /** The activity that covers the case type, if one does. */
    public Optional<ProcessingActivityId> activityFor(CaseType type) {
        return jdbc.sql("select activity_id from processing_activity_case_types where case_type = :type")
                .param("type", type.name())
                .query((row, n) -> new ProcessingActivityId(row.getObject("activity_id", UUID.class)))
                .optional();
    }

    public Set<String> adoptedTemplates() {
        return Set.copyOf(jdbc.sql("select template from processing_activities where template is not null")
                .query(String.class)
                .list());
    }

    /** The conditions named by the activity that covers this case type, if one does. */
    public Optional<Conditions> conditionsFor(CaseType type) {
        return jdbc.sql("select a.art9_conditions, a.art10_condition from processing_activity_case_types l"
                        + " join processing_activities a on a.id = l.activity_id where l.case_type = :type")
                .param("type", type.name())
                .query((row, n) -> new Conditions(
                        SqlArrays.read(row.getArray("art9_conditions"), Art9Condition.class),
                        row.getString("art10_condition") == null
                                ? null
                                : Art10Condition.valueOf(row.getString("art10_condition"))))
                .optional();
    }

    public record Conditions(Set<Art9Condition> art9, Art10Condition art10) {}

    private static ProcessingActivity map(ResultSet row, int n) throws SQLException {
        UUID dpia = row.getObject("dpia_id", UUID.class);
        Set<CaseType> caseTypes = EnumSet.noneOf(CaseType.class);
        caseTypes.addAll(SqlArrays.read(row.getArray("case_types"), CaseType.class));
        String art10 = row.getString("art10_condition");
        ActivityDetails details = new ActivityDetails(
                row.getString("name"),
                row.getString("description"),
                row.getString("purposes"),
                row.getString("data_subjects"),
                row.getString("personal_data"),
                LawfulBasis.valueOf(row.getString("lawful_basis")),
                row.getString("legal_provision"),
                SqlArrays.read(row.getArray("art9_conditions"), Art9Condition.class),
                art10 == null ? null : Art10Condition.valueOf(art10),
                row.getString("recipients"),
                row.getString("retention"),
                row.getString("international_transfers"),
                row.getBoolean("automated_decisions"),
                row.getString("automated_decisions_description"),
                row.getBoolean("high_risk"),
                dpia == null ? null : new DpiaId(dpia),
                caseTypes);
        boolean signedOff = "SIGNED_OFF".equals(row.getString("dpia_status"));
        return new ProcessingActivity(
                new ProcessingActivityId(row.getObject("id", UUID.class)),
                details,
                ActivityStatus.valueOf(row.getString("status")),
                row.getString("template"),
                row.getString("dpia_title"),
                signedOff,
                details.highRisk() || row.getBoolean("dpia_screened_in"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at") == null
                        ? null
                        : row.getTimestamp("updated_at").toInstant());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
