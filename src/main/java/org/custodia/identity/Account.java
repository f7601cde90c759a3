package org.custodia.identity;

import java.time.Clock;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.AccessReports;
import org.custodia.identity.internal.Notifications;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PasswordPolicy;
import org.custodia.identity.internal.PasswordTokens;
import org.custodia.identity.internal.TotpCodes;
import org.custodia.identity.internal.TwoFactor;
import org.custodia.identity.internal.UserAccount;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users do with their own account: password, second factor, reports, messages. */
@Component
public class Account {

    private final UserAccounts accounts;
    private final PasswordHashing hashing;
    private final PasswordPolicy policy;
    private final PasswordTokens tokens;
    private final TwoFactor twoFactor;
    private final TotpCodes codes;
    private final AccessReports reports;
    private final Notifications notifications;
    private final Organisations organisations;
    private final Tenancy tenancy;
    private final AuditTrail audit;
    private final Clock clock;

    Account(
            UserAccounts accounts,
            PasswordHashing hashing,
            PasswordPolicy policy,
            PasswordTokens tokens,
            TwoFactor twoFactor,
            TotpCodes codes,
            AccessReports reports,
            Notifications notifications,
            Organisations organisations,
            Tenancy tenancy,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.policy = policy;
        this.tokens = tokens;
        this.twoFactor = twoFactor;
        this.codes = codes;
        this.reports = reports;
        this.notifications = notifications;
        this.organisations = organisations;
        this.tenancy = tenancy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public UserView me() {
        UserView view = current().view();
        audit.record(AuditRecord.of("account.viewed", Outcome.SUCCESS).about("user", view.id()));
        return view;
    }

    /** Sets a password from an emailed link; the person is not signed in. */
    @Transactional
    public void setPasswordWithToken(String token, String password) {
        Organisation organisation = PasswordTokens.organisationOf(token)
                .flatMap(organisations::find)
                .orElseThrow(SetPasswordLinkInvalid::new);
        tenancy.runAs(organisation.id(), () -> {
            UserAccount user = tokens.holder(token)
                    .flatMap(accounts::find)
                    .filter(account -> account.status() != UserStatus.DISABLED)
                    .orElseThrow(SetPasswordLinkInvalid::new);
            checkPassword(password, user.email(), organisation.code());
            accounts.updatePassword(user.id(), hashing.hash(password), clock.instant());
            tokens.spendAll(user.id());
            audit.record(AuditRecord.of("user.password-set", Outcome.SUCCESS)
                    .about("user", user.id())
                    .by(user.actor()));
        });
    }

    /** Whether a set-password link can still be used, to show the form or an explanation. */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return PasswordTokens.organisationOf(token)
                .map(id -> tenancy.callAs(id, () -> tokens.holder(token).isPresent()))
                .orElse(false);
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount user = current();
        if (!hashing.matches(currentPassword == null ? "" : currentPassword, user.passwordHash())) {
            audit.record(
                    AuditRecord.of("user.password-changed", Outcome.FAILURE).about("user", user.id()));
            throw new InvalidInput("currentPassword", "Your current password is not right");
        }
        checkPassword(newPassword, user.email(), organisations.current().code());
        accounts.updatePassword(user.id(), hashing.hash(newPassword), clock.instant());
        audit.record(AuditRecord.of("user.password-changed", Outcome.SUCCESS).about("user", user.id()));
    }

    /** A new seed for the person's authenticator app; nothing changes until a code confirms it. */
    public TwoFactorSetUp startTwoFactorSetUp(Actor actor) {
        return describe(codes.newSecret(), actor.displayName());
    }

    /** The secret in the forms an authenticator app takes: typed (Base32) or scanned (otpauth URI). */
    public TwoFactorSetUp describe(byte[] secret, String accountName) {
        return new TwoFactorSetUp(secret, codes.base32(secret), codes.uri(secret, accountName));
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public void confirmTwoFactor(byte[] secret, String code) {
        UserAccount user = current();
        if (!twoFactor.enrol(user.id(), secret, code)) {
            throw new InvalidInput("code", "The code is not right. Enter the 6-digit code your app shows now");
        }
        audit.record(AuditRecord.of("two-factor.enabled", Outcome.SUCCESS).about("user", user.id()));
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public void turnOffTwoFactor() {
        UserAccount user = current();
        if (organisations.current().mfaRequired()) {
            throw new InvalidInput("twoFactor", "Your organisation requires two-factor authentication");
        }
        twoFactor.disable(user.id());
        audit.record(AuditRecord.of("two-factor.disabled", Outcome.SUCCESS).about("user", user.id()));
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
    public void reportUnwantedAdministratorAccess(String explanation) {
        if (explanation != null && explanation.length() > 2000) {
            throw new InvalidInput("explanation", "Explanation must be 2000 characters or fewer");
        }
        UserAccount user = current();
        var report = reports.file(user, explanation);
        audit.record(AuditRecord.of("access-report.filed", Outcome.SUCCESS)
                .about("access-report", report)
                .withDetail("roles: " + user.roles()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public List<Notifications.Notification> notifications() {
        return notifications.of(current().id());
    }

    private void checkPassword(String password, String email, String organisationCode) {
        policy.problemWith(password, email, organisationCode).ifPresent(problem -> {
            throw new InvalidInput("password", problem);
        });
    }

    private UserAccount current() {
        Actor actor = Tenancy.currentActor().orElseThrow();
        return accounts.find(actor.id()).orElseThrow(() -> new NotFound("User"));
    }

    /** The link is unknown, used, expired, or its account is disabled: all look the same. */
    public static class SetPasswordLinkInvalid extends RuntimeException {
        SetPasswordLinkInvalid() {
            super("This link to set a password has expired or has already been used");
        }
    }
}
