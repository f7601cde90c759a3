package org.custodia.retention.accounts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.identity.LeaverAccounts;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.retention.DueRecord;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecords;
import org.custodia.retention.RetentionRule;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leavers' user accounts under the retention schedule. Only a disabled account is ever due: the
 * period of someone still working (or invited) has not begun. The account row is kept whatever the
 * rule's end action, because the audit trail and case-team history refer to it, so destroying and
 * anonymising both remove the person from it; an anonymised account is not due again.
 */
@Component
class AccountRetention implements RetainedRecords {

    private static final UUID START = new UUID(0, 0);
    private static final String LEAVERS = " from users u where u.status = 'DISABLED' and u.anonymised_at is null";

    private final JdbcClient jdbc;
    private final LeaverAccounts leavers;

    AccountRetention(JdbcClient jdbc, LeaverAccounts leavers) {
        this.jdbc = jdbc;
        this.leavers = leavers;
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.of(RecordKind.USER_ACCOUNT);
    }

    @Override
    public List<DueRecord> due(RetentionRule rule, LocalDate asOf, UUID after, int limit) {
        return jdbc.sql("select u.id, " + dueOn(rule) + " as due_on" + LEAVERS + " and u.id > :after and " + dueOn(rule)
                        + " <= :asOf order by u.id limit :limit")
                .param("after", after == null ? START : after)
                .param("asOf", asOf)
                .param("limit", limit)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    // The account's id is its reference (staff know a leaver by name, which is what goes),
                    // and a hold on the person is a hold on that id.
                    return new DueRecord(
                            RecordKind.USER_ACCOUNT, id, id.toString(), id, rs.getObject("due_on", LocalDate.class));
                })
                .list();
    }

    @Override
    public long countDue(RetentionRule rule, LocalDate asOf) {
        return jdbc.sql("select count(*)" + LEAVERS + " and " + dueOn(rule) + " <= :asOf")
                .param("asOf", asOf)
                .query(Long.class)
                .single();
    }

    @Override
    public long count(RecordKind kind) {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    @Override
    public long countWithoutStart(RetentionRule rule) {
        return jdbc.sql("select count(*)" + LEAVERS + " and " + start(rule) + " is null")
                .query(Long.class)
                .single();
    }

    @Override
    public void destroy(DueRecord record, ErasureDecision decision) {
        anonymise(record);
    }

    @Override
    public void anonymise(DueRecord record) {
        if (leavers.anonymise(new UserId(record.recordId()))) {
            // The person's marketing choices are kept by consent, which depends on identity; they go too.
            jdbc.sql("delete from marketing_preference_changes where user_id = :id")
                    .param("id", record.recordId())
                    .update();
        }
    }

    private static String start(RetentionRule rule) {
        switch (rule.startsFrom()) {
            case CASE_CLOSURE:
                return ukDate("u.disabled_at");
            case LAST_CONTACT:
                // Disabling is the last contact when it came after the last sign-in, or there was none.
                return ukDate("greatest(u.last_signed_in_at, u.disabled_at)");
            case CREATION:
                return ukDate("u.created_at");
            default:
                throw new IllegalArgumentException("A user account's period cannot run from " + rule.startsFrom());
        }
    }

    private static String ukDate(String instant) {
        return "(" + instant + " at time zone 'Europe/London')::date";
    }

    /** The periods are whole numbers checked by the schedule, so they are written into the SQL. */
    private static String dueOn(RetentionRule rule) {
        return "(" + start(rule) + " + interval '" + rule.periodYears() + " years')::date";
    }
}
