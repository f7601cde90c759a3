package org.custodia.breaches.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.breaches.BreachId;
import org.custodia.breaches.BreachNature;
import org.custodia.breaches.BreachStatus;
import org.custodia.breaches.DataCategory;
import org.custodia.breaches.NewBreach;
import org.custodia.breaches.Occurrence;
import org.custodia.breaches.OccurrencePrecision;
import org.custodia.breaches.SubjectCategory;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The breaches table: one row per breach, in the current organisation (row-level security). */
@Repository
public class BreachRows {

    /** A breach as stored, with the reporting state its clock depends on. */
    public record BreachRow(
            BreachId id,
            String reference,
            NewBreach details,
            UUID accessReportId,
            Instant reportedAt,
            String icoReference,
            String lateReportReasons,
            BreachStatus status,
            String closingSummary,
            Instant closedAt,
            UserId recordedBy,
            Instant recordedAt,
            Instant dueSoonReminderSentAt,
            Instant overdueReminderSentAt) {}

    private final JdbcClient jdbc;

    BreachRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            BreachId id, OrganisationId organisation, NewBreach b, UUID accessReport, UserId by, Instant now) {
        jdbc.sql("""
                        insert into breaches (id, organisation_id, reference, title, description, occurred_precision,
                            occurred_at, aware_at, discovery, data_categories, special_category, criminal_offence,
                            people_affected, records_affected, subject_categories, nature, access_report_id, status,
                            recorded_by, recorded_at)
                        values (:id, :organisation, :reference, :title, :description, :precision, :occurredAt, :awareAt,
                            :discovery, cast(:dataCategories as text[]), :special, :criminal, :people, :records, cast(:subjects as text[]), cast(:nature as text[]),
                            :accessReport, 'OPEN', :by, :now)
                        """)
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("reference", id.reference())
                .param("accessReport", accessReport)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .params(detailParams(b))
                .update();
    }

    public void updateDetails(BreachId id, NewBreach b) {
        jdbc.sql("""
                        update breaches set title = :title, description = :description, occurred_precision = :precision,
                            occurred_at = :occurredAt, aware_at = :awareAt, discovery = :discovery,
                            data_categories = cast(:dataCategories as text[]), special_category = :special, criminal_offence = :criminal,
                            people_affected = :people, records_affected = :records, subject_categories = cast(:subjects as text[]),
                            nature = cast(:nature as text[])
                        where id = :id
                        """).param("id", id.value()).params(detailParams(b)).update();
    }

    private static java.util.Map<String, Object> detailParams(NewBreach b) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("title", b.title().trim());
        params.put("description", b.description().trim());
        params.put("precision", b.occurred().precision().name());
        params.put(
                "occurredAt",
                b.occurred().at() == null ? null : Timestamp.from(b.occurred().at()));
        params.put("awareAt", Timestamp.from(b.awareAt()));
        params.put("discovery", b.discovery().trim());
        params.put("dataCategories", names(b.dataCategories()));
        params.put("special", b.specialCategoryData());
        params.put("criminal", b.criminalOffenceData());
        params.put("people", b.peopleAffected());
        params.put("records", b.recordsAffected());
        params.put("subjects", names(b.subjectCategories()));
        params.put("nature", names(b.nature()));
        return params;
    }

    public Optional<BreachRow> find(BreachId id) {
        return jdbc.sql("select * from breaches where id = :id")
                .param("id", id.value())
                .query(BreachRows::map)
                .optional();
    }

    /** The breach, locked until the transaction ends, so that two changes to it happen one after the other. */
    public Optional<BreachRow> lock(BreachId id) {
        return jdbc.sql("select * from breaches where id = :id for update")
                .param("id", id.value())
                .query(BreachRows::map)
                .optional();
    }

    public Optional<BreachId> fromAccessReport(UUID accessReport) {
        return jdbc.sql("select id from breaches where access_report_id = :report")
                .param("report", accessReport)
                .query((row, n) -> new BreachId(row.getObject(1, UUID.class)))
                .optional();
    }

    public Set<UUID> accessReportIds() {
        return Set.copyOf(jdbc.sql("select access_report_id from breaches where access_report_id is not null")
                .query(UUID.class)
                .list());
    }

    /** Open breaches first, most recently discovered first. */
    public List<BreachRow> all() {
        return jdbc.sql("select * from breaches order by status desc, aware_at desc limit 500")
                .query(BreachRows::map)
                .list();
    }

    /** Open breaches whose reporting clock may still be running (not reported yet). */
    public List<BreachRow> openNotReported() {
        return jdbc.sql("select * from breaches where status = 'OPEN' and reported_at is null order by aware_at")
                .query(BreachRows::map)
                .list();
    }

    public void recordIcoReport(BreachId id, Instant reportedAt, String icoReference, String lateReasons) {
        jdbc.sql("update breaches set reported_at = :at, ico_reference = :reference, late_report_reasons = :late"
                        + " where id = :id")
                .param("id", id.value())
                .param("at", Timestamp.from(reportedAt))
                .param("reference", icoReference)
                .param("late", lateReasons)
                .update();
    }

    public void close(BreachId id, String summary, UserId by, Instant now) {
        jdbc.sql("update breaches set status = 'CLOSED', closing_summary = :summary, closed_by = :by, closed_at = :now"
                        + " where id = :id")
                .param("id", id.value())
                .param("summary", summary)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Marks a reminder sent; false if it already was (by this node or another), so it is sent once. */
    public boolean markReminderSent(BreachId id, boolean overdue, Instant now) {
        String column = overdue ? "overdue_reminder_sent_at" : "due_soon_reminder_sent_at";
        return jdbc.sql("update breaches set " + column + " = :now where id = :id and " + column + " is null")
                        .param("id", id.value())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    private static BreachRow map(ResultSet row, int n) throws SQLException {
        Timestamp occurredAt = row.getTimestamp("occurred_at");
        NewBreach details = new NewBreach(
                row.getString("title"),
                row.getString("description"),
                new Occurrence(
                        OccurrencePrecision.valueOf(row.getString("occurred_precision")),
                        occurredAt == null ? null : occurredAt.toInstant()),
                row.getTimestamp("aware_at").toInstant(),
                row.getString("discovery"),
                values(row.getArray("data_categories"), DataCategory.class),
                row.getBoolean("special_category"),
                row.getBoolean("criminal_offence"),
                (Integer) row.getObject("people_affected"),
                (Integer) row.getObject("records_affected"),
                values(row.getArray("subject_categories"), SubjectCategory.class),
                values(row.getArray("nature"), BreachNature.class));
        return new BreachRow(
                new BreachId(row.getObject("id", UUID.class)),
                row.getString("reference"),
                details,
                row.getObject("access_report_id", UUID.class),
                instant(row, "reported_at"),
                row.getString("ico_reference"),
                row.getString("late_report_reasons"),
                BreachStatus.valueOf(row.getString("status")),
                row.getString("closing_summary"),
                instant(row, "closed_at"),
                new UserId(row.getObject("recorded_by", UUID.class)),
                instant(row, "recorded_at"),
                instant(row, "due_soon_reminder_sent_at"),
                instant(row, "overdue_reminder_sent_at"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A PostgreSQL array literal: enum names hold no commas, quotes or braces. */
    private static String names(Set<? extends Enum<?>> values) {
        return "{" + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}";
    }

    private static <E extends Enum<E>> Set<E> values(Array array, Class<E> type) throws SQLException {
        String[] names = (String[]) array.getArray();
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(Arrays.stream(names).map(name -> Enum.valueOf(type, name)).collect(Collectors.toSet()));
        return set;
    }
}
