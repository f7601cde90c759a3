package org.custodia.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custodia.identity.AccessReport;
import org.custodia.identity.AccessReportId;
import org.custodia.platform.Mailer;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "I have administrator access I should not have": the report goes to whoever created the reporter's
 * account and to every DPO of the organisation, on screen and by email. The email says only that a
 * report was made and where to read it.
 */
@Component
public class AccessReports {

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final Mailer mailer;
    private final Clock clock;

    AccessReports(JdbcClient jdbc, UserAccounts accounts, Notifications notifications, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Files the report and tells the recipients; returns the report's id. */
    public UUID file(UserAccount reporter, String explanation) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into access_reports (id, organisation_id, reporter_id, explanation, reported_at)"
                        + " values (:id, :organisation, :reporter, :explanation, :now)")
                .param("id", id)
                .param("organisation", reporter.organisationId().value())
                .param("reporter", reporter.id().value())
                .param("explanation", explanation == null || explanation.isBlank() ? null : explanation.trim())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        String message = reporter.view().fullName() + " (" + reporter.email()
                + ") reported having administrator access they should not have. Review their roles.";
        String link = "/admin/users/" + reporter.id();
        Set<UserAccount> recipients = new LinkedHashSet<>(accounts.withRole(Role.DATA_PROTECTION_OFFICER));
        if (reporter.createdByUser() != null) {
            accounts.find(reporter.createdByUser()).ifPresent(recipients::add);
        }
        for (UserAccount recipient : recipients) {
            notifications.add(reporter.organisationId(), recipient.id(), message, link);
            mailer.send(
                    recipient.email(),
                    "Custodia: a report of unexpected administrator access",
                    "A user in your organisation has reported having administrator access they should not have.\n"
                            + "Sign in to Custodia to read the report and review their access.");
        }
        if (reporter.createdByOperator() != null) {
            notifyOperator(reporter);
        }
        return id;
    }

    public Optional<AccessReport> find(AccessReportId id) {
        return jdbc.sql(REPORT + " where r.id = :id")
                .param("id", id.value())
                .query(AccessReports::map)
                .optional();
    }

    /** The current organisation's reports, newest first (the last 50). */
    public List<AccessReport> recent() {
        return jdbc.sql(REPORT + " order by r.reported_at desc limit 50")
                .query(AccessReports::map)
                .list();
    }

    private static final String REPORT =
            "select r.id, r.reporter_id, concat_ws(' ', u.first_name, u.last_name) as name,"
                    + " r.explanation, r.reported_at from access_reports r join users u on u.id = r.reporter_id";

    private static AccessReport map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new AccessReport(
                new AccessReportId(row.getObject("id", UUID.class)),
                new UserId(row.getObject("reporter_id", UUID.class)),
                row.getString("name"),
                row.getString("explanation"),
                row.getTimestamp("reported_at").toInstant());
    }

    private void notifyOperator(UserAccount reporter) {
        jdbc.sql("select email from platform_operators where id = :id")
                .param("id", reporter.createdByOperator().value())
                .query(String.class)
                .optional()
                .ifPresent(email -> mailer.send(
                        email,
                        "Custodia: a report of unexpected administrator access",
                        "An administrator whose account you created has reported having administrator access they"
                                + " should not have. Organisation: " + reporter.organisationId() + ".\n"
                                + "Contact the organisation's data protection officer."));
    }
}
