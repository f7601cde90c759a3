package org.custodia.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.UserDetails;
import org.custodia.identity.UserStatus;
import org.custodia.platform.Mailer;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creating an account by invitation: shared by administrators (their own organisation) and
 * operators (a new organisation's first administrator). Runs inside the caller's transaction.
 */
@Component
public class UserAdministrationSteps {

    private final UserAccounts accounts;
    private final PasswordTokens tokens;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    UserAdministrationSteps(
            UserAccounts accounts,
            PasswordTokens tokens,
            Mailer mailer,
            AuditTrail audit,
            Clock clock,
            @Value("${custodia.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public LocalDate today() {
        return UkCalendar.today(clock);
    }

    public UserId invite(
            UserDetails details,
            UserId createdByUser,
            UserId createdByOperator,
            OrganisationId organisation,
            String organisationCode) {
        UserRules.check(details, today());
        if (accounts.findByEmail(details.email()).isPresent()) {
            throw new InvalidInput("email", "A user with this email address already exists in your organisation");
        }
        UserId id = UserId.random();
        accounts.insert(new UserAccount(
                id,
                organisation,
                details,
                UserStatus.INVITED,
                null,
                null,
                false,
                null,
                createdByUser,
                createdByOperator,
                clock.instant()));
        sendInvitation(id, organisation, organisationCode, details.email());
        audit.record(AuditRecord.of("user.invited", Outcome.SUCCESS)
                .about("user", id)
                .withDetail("roles: " + details.roles()));
        return id;
    }

    public void sendInvitation(UserId id, OrganisationId organisation, String organisationCode, String email) {
        String token = tokens.issue(organisation, id);
        mailer.send(
                email,
                "Set up your Custodia account",
                "An account has been created for you on Custodia.\n\n"
                        + "Your Organisation ID is: " + organisationCode + "\n\n"
                        + "Set your password within 72 hours using this link:\n"
                        + baseUrl + "/set-password?token=" + token + "\n\n"
                        + "If you were not expecting this email, you can ignore it.");
    }
}
