package org.custodia.rights.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.retention.DueRecord;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecord;
import org.custodia.retention.RetainedRecords;
import org.custodia.retention.RetentionRule;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rights request files under the retention schedule: a closed request is one record, its period running
 * from the day it closed (or its last step, or its receipt, as the rule says). An open request is never
 * due. Destroying one removes every row of it and destroys the request's key, so that what the requester
 * wrote, the redacted passages and any documents kept are unreadable in backups too.
 */
@Component
class RequestFileRetention implements RetainedRecords {

    private static final UUID START = new UUID(0, 0);
    // Rows that refer to the request go before it.
    private static final List<String> REQUEST_TABLES = List.of(
            "rights_request_redactions",
            "rights_request_responses",
            "rights_request_history",
            "rights_request_pauses",
            "rights_request_matches");

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    RequestFileRetention(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.of(RecordKind.RIGHTS_REQUEST_FILE);
    }

    @Override
    public List<DueRecord> due(RetentionRule rule, LocalDate asOf, UUID after, int limit) {
        return jdbc.sql("select r.id, r.reference, " + dueOn(rule)
                        + " as due_on from rights_requests r where r.id > :after" + " and " + dueOn(rule)
                        + " <= :asOf order by r.id limit :limit")
                .param("after", after == null ? START : after)
                .param("asOf", asOf)
                .param("limit", limit)
                .query((rs, n) -> new DueRecord(
                        rule.kind(),
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        null,
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    @Override
    public long countDue(RetentionRule rule, LocalDate asOf) {
        return jdbc.sql("select count(*) from rights_requests r where " + dueOn(rule) + " <= :asOf")
                .param("asOf", asOf)
                .query(Long.class)
                .single();
    }

    @Override
    public long count(RecordKind kind) {
        return jdbc.sql("select count(*) from rights_requests")
                .query(Long.class)
                .single();
    }

    @Override
    public long countWithoutStart(RetentionRule rule) {
        return jdbc.sql("select count(*) from rights_requests r where " + start(rule) + " is null")
                .query(Long.class)
                .single();
    }

    @Override
    public void destroy(DueRecord record, ErasureDecision decision) {
        destroyAll(List.of(record), decision);
    }

    @Override
    public void destroyAll(List<DueRecord> records, ErasureDecision decision) {
        if (records.isEmpty()) {
            return;
        }
        List<UUID> ids = records.stream().map(DueRecord::recordId).toList();
        for (String table : REQUEST_TABLES) {
            jdbc.sql("delete from " + table + " where request_id in (:ids)")
                    .param("ids", ids)
                    .update();
        }
        jdbc.sql("delete from rights_requests where id in (:ids)")
                .param("ids", ids)
                .update();
        encryption.destroySubjectKeys(
                ids.stream().map(id -> new RightsRequestId(id).keyHolder()).toList());
    }

    /** Keeps the request's kind, dates and timeline; who asked, about whom and what they wrote become unreadable. */
    @Override
    public void anonymise(DueRecord record) {
        UUID id = record.recordId();
        for (String table : List.of("rights_request_redactions", "rights_request_matches")) {
            jdbc.sql("delete from " + table + " where request_id = :id")
                    .param("id", id)
                    .update();
        }
        jdbc.sql("update rights_request_responses set pdf = null, zip = null where request_id = :id")
                .param("id", id)
                .update();
        encryption.destroySubjectKey(new RightsRequestId(id).keyHolder());
    }

    @Override
    public List<RetainedRecord> about(DataSubjectId subject) {
        return jdbc.sql("select r.id, r.reference from rights_request_matches m join rights_requests r"
                        + " on r.id = m.request_id where m.person_id = :person order by r.id")
                .param("person", subject.value())
                .query((rs, n) -> new RetainedRecord(
                        RecordKind.RIGHTS_REQUEST_FILE, rs.getObject("id", UUID.class), rs.getString("reference")))
                .list();
    }

    /** Only a closed request has a start: an open one is still needed, whatever the rule. */
    private static String start(RetentionRule rule) {
        String closedOn = "(r.closed_at at time zone 'Europe/London')::date";
        String date;
        switch (rule.startsFrom()) {
            case LAST_CONTACT:
                date = "greatest(" + closedOn + ", (select max(h.occurred_at at time zone 'Europe/London')::date"
                        + " from rights_request_history h where h.request_id = r.id))";
                break;
            case CREATION:
                date = "r.received_on";
                break;
            default:
                date = closedOn;
        }
        return "(case when r.status = 'CLOSED' then " + date + " end)";
    }

    /** The periods are whole numbers checked by the schedule, so they are written into the SQL. */
    private static String dueOn(RetentionRule rule) {
        return "(" + start(rule) + " + interval '" + rule.periodYears() + " years')::date";
    }
}
