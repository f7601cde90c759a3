package org.custodia.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.SessionTerminator;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of people who have left, once the retention schedule keeps them no longer. The row
 * stays, because the audit trail, case-team history and grants refer to its id; what identifies the
 * person goes, and the account can never be used again.
 */
@Component
public class LeaverAccounts {

    /** Rows that belong to the account alone: table, then the column naming the account. */
    private static final List<List<String>> ACCOUNT_ROWS = List.of(
            List.of("password_tokens", "user_id"),
            List.of("api_tokens", "user_id"),
            List.of("notifications", "recipient_id"));

    private final JdbcClient jdbc;
    private final SessionTerminator sessions;
    private final AuditTrail audit;
    private final Clock clock;

    LeaverAccounts(JdbcClient jdbc, SessionTerminator sessions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Anonymises a disabled account in the current organisation, in the caller's transaction. An active
     * or invited account, or one already anonymised, is left as it is.
     *
     * @return whether the account was anonymised now
     */
    @Transactional
    public boolean anonymise(UserId id) {
        int changed = jdbc.sql("update users set title = null, first_name = 'Former', middle_name = null,"
                        + " last_name = 'user', email = 'erased-' || id || '@invalid', job_role = '',"
                        + " date_of_birth = null, attested_16_or_over = true, password_hash = null,"
                        + " totp_secret = null, totp_enabled = false, totp_last_step = null,"
                        + " anonymised_at = :now, updated_at = :now"
                        + " where id = :id and status = 'DISABLED' and anonymised_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id.value())
                .update();
        if (changed == 0) {
            return false;
        }
        for (List<String> rows : ACCOUNT_ROWS) {
            jdbc.sql("delete from " + rows.get(0) + " where " + rows.get(1) + " = :id")
                    .param("id", id.value())
                    .update();
        }
        sessions.endAllSessionsOf(id);
        audit.record(AuditRecord.of("user.anonymised", Outcome.SUCCESS).about("user", id));
        return true;
    }
}
