package org.custodia.analytics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.retention.DueRecord;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of dated records of one organisation under a rule that runs from their date (their only
 * date: whatever the rule's start event, it is the day they were made). Shared by the two kinds this
 * module keeps: a day of usage statistics and one piece of feedback.
 */
final class DayRecords {

    private static final UUID START = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final RecordKind kind;
    private final String table;
    private final String date;

    DayRecords(JdbcClient jdbc, RecordKind kind, String table, String date) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.table = table;
        this.date = date;
    }

    List<DueRecord> due(RetentionRule rule, LocalDate asOf, UUID after, int limit) {
        return jdbc.sql("select id, " + date + " as made, " + dueOn(rule) + " as due_on from " + table + own()
                        + " and id > :after and " + dueOn(rule) + " <= :asOf order by id limit :limit")
                .param("after", after == null ? START : after)
                .param("asOf", asOf)
                .param("limit", limit)
                .query((rs, row) -> new DueRecord(
                        kind,
                        rs.getObject("id", UUID.class),
                        kind.label() + " of " + rs.getObject("made", LocalDate.class),
                        null,
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    long countDue(RetentionRule rule, LocalDate asOf) {
        return jdbc.sql("select count(*) from " + table + own() + " and " + dueOn(rule) + " <= :asOf")
                .param("asOf", asOf)
                .query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from " + table + own())
                .query(Long.class)
                .single();
    }

    void destroy(List<UUID> ids) {
        jdbc.sql("delete from " + table + own() + " and id in (:ids)")
                .param("ids", ids)
                .update();
    }

    /** Only feedback is ever anonymised: its text and contact details go, its rating stays. */
    void anonymise(UUID id) {
        jdbc.sql("update feedback set comments = null, contact_user_id = null, contact_name = null,"
                        + " contact_email = null where id = :id and organisation_id = current_organisation()")
                .param("id", id)
                .update();
    }

    /** The processor's own records (of no organisation) made before the given day; returns how many went. */
    int destroyProcessorsBefore(LocalDate day) {
        return jdbc.sql("delete from " + table + " where organisation_id is null and " + date + " < :day")
                .param("day", day)
                .update();
    }

    /** Row-level security admits only the organisation's rows already; the filter says so in the SQL too. */
    private String own() {
        return " where organisation_id = current_organisation()";
    }

    /** The periods are whole numbers checked by the schedule, so they are written into the SQL. */
    private String dueOn(RetentionRule rule) {
        return "(" + date + " + interval '" + rule.periodYears() + " years')::date";
    }
}
