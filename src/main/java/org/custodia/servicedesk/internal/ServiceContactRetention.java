package org.custodia.servicedesk.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.retention.DueRecord;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecords;
import org.custodia.retention.RetentionRule;
import org.custodia.servicedesk.SupportRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Support requests under the retention schedule, as service desk contact records. Only a resolved or
 * closed request is ever due: one still open is a contact still going on. Destroying removes the
 * request with its thread and screenshots; anonymising keeps the bare fact of a contact (when, how,
 * its status) with nothing that says who or what about.
 */
@Component
class ServiceContactRetention implements RetainedRecords {

    private static final UUID START = new UUID(0, 0);
    private static final String FINISHED =
            " from support_requests r where r.status in ('RESOLVED', 'CLOSED') and r.user_id is not null";

    private final JdbcClient jdbc;

    ServiceContactRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.of(RecordKind.SERVICE_CONTACT_RECORD);
    }

    @Override
    public List<DueRecord> due(RetentionRule rule, LocalDate asOf, UUID after, int limit) {
        return jdbc.sql("select r.id, r.user_id, " + dueOn(rule) + " as due_on" + FINISHED + " and r.id > :after and "
                        + dueOn(rule) + " <= :asOf order by r.id limit :limit")
                .param("after", after == null ? START : after)
                .param("asOf", asOf)
                .param("limit", limit)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new DueRecord(
                            RecordKind.SERVICE_CONTACT_RECORD,
                            id,
                            SupportRequest.reference(id),
                            rs.getObject("user_id", UUID.class),
                            rs.getObject("due_on", LocalDate.class));
                })
                .list();
    }

    @Override
    public long countDue(RetentionRule rule, LocalDate asOf) {
        return jdbc.sql("select count(*)" + FINISHED + " and " + dueOn(rule) + " <= :asOf")
                .param("asOf", asOf)
                .query(Long.class)
                .single();
    }

    @Override
    public long count(RecordKind kind) {
        return jdbc.sql("select count(*) from support_requests")
                .query(Long.class)
                .single();
    }

    @Override
    public long countWithoutStart(RetentionRule rule) {
        return 0;
    }

    @Override
    public void destroy(DueRecord record, ErasureDecision decision) {
        jdbc.sql("delete from support_requests where id = :id")
                .param("id", record.recordId())
                .update();
    }

    @Override
    public void anonymise(DueRecord record) {
        jdbc.sql("delete from support_messages where request_id = :id")
                .param("id", record.recordId())
                .update();
        jdbc.sql("delete from support_screenshots where request_id = :id")
                .param("id", record.recordId())
                .update();
        jdbc.sql("update support_requests set user_id = null, subject = 'Anonymised', contact_details = null"
                        + " where id = :id")
                .param("id", record.recordId())
                .update();
    }

    /** The period runs from the last contact; the rule's whole years are checked by the schedule. */
    private static String dueOn(RetentionRule rule) {
        String start;
        switch (rule.startsFrom()) {
            case LAST_CONTACT:
                start = "r.last_contact_at";
                break;
            case CASE_CLOSURE:
                start = "coalesce(r.closed_at, r.last_contact_at)";
                break;
            case CREATION:
                start = "r.raised_at";
                break;
            default:
                throw new IllegalArgumentException("A service contact's period cannot run from " + rule.startsFrom());
        }
        return "((" + start + " at time zone 'Europe/London')::date + interval '" + rule.periodYears()
                + " years')::date";
    }
}
