package org.custodia.identity;

import java.time.Clock;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.SessionTerminator;
import org.custodia.identity.internal.UserAccount;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.identity.internal.UserAdministrationSteps;
import org.custodia.identity.internal.UserRules;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organisation's administrators do with its users: invite, edit, set roles, disable and
 * enable. Only within their own organisation (row-level security makes any other user "not found").
 */
@Component
@PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
public class UserAdministration {

    private final UserAccounts accounts;
    private final UserAdministrationSteps steps;
    private final Organisations organisations;
    private final SessionTerminator sessions;
    private final AuditTrail audit;
    private final Clock clock;

    UserAdministration(
            UserAccounts accounts,
            UserAdministrationSteps steps,
            Organisations organisations,
            SessionTerminator sessions,
            AuditTrail audit,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.steps = steps;
        this.organisations = organisations;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional
    public List<UserView> all() {
        List<UserView> users = accounts.all().stream().map(UserAccount::view).toList();
        audit.record(AuditRecord.of("user.listed", Outcome.SUCCESS).withDetail("users shown: " + users.size()));
        return users;
    }

    @Transactional
    public UserView get(UserId id) {
        UserView user = load(id).view();
        audit.record(AuditRecord.of("user.viewed", Outcome.SUCCESS).about("user", id));
        return user;
    }

    @Transactional
    public UserId invite(UserDetails details) {
        Actor administrator = Tenancy.currentActor().orElseThrow();
        Organisation organisation = organisations.current();
        return steps.invite(details, administrator.id(), null, organisation.id(), organisation.code());
    }

    @Transactional
    public void update(UserId id, UserDetails details) {
        UserAccount user = load(id);
        UserRules.check(details, steps.today());
        accounts.findByEmail(details.email())
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new InvalidInput(
                            "email", "A user with this email address already exists in your organisation");
                });
        refuseSelfDemotion(user, details);
        accounts.updateDetails(id, details, clock.instant());
        if (!user.roles().equals(details.roles())) {
            sessions.endAllSessionsOf(id);
        }
        audit.record(AuditRecord.of("user.updated", Outcome.SUCCESS)
                .about("user", id)
                .withDetail("roles: " + details.roles()));
    }

    @Transactional
    public void disable(UserId id) {
        load(id);
        if (Tenancy.currentActor().orElseThrow().id().equals(id)) {
            throw new InvalidInput("user", "You cannot disable your own account");
        }
        accounts.updateStatus(id, UserStatus.DISABLED, clock.instant());
        sessions.endAllSessionsOf(id);
        audit.record(AuditRecord.of("user.disabled", Outcome.SUCCESS).about("user", id));
    }

    @Transactional
    public void enable(UserId id) {
        UserAccount user = load(id);
        if (accounts.anonymised(id)) {
            throw new InvalidInput(
                    "user",
                    "This account was anonymised when its retention period ended and cannot"
                            + " be enabled: invite the person again instead");
        }
        UserStatus status = user.passwordHash() == null ? UserStatus.INVITED : UserStatus.ACTIVE;
        accounts.updateStatus(id, status, clock.instant());
        audit.record(AuditRecord.of("user.enabled", Outcome.SUCCESS).about("user", id));
    }

    /** Sends a fresh set-password link (for an expired invitation or a forgotten password). */
    @Transactional
    public void resendInvitation(UserId id) {
        UserAccount user = load(id);
        Organisation organisation = organisations.current();
        steps.sendInvitation(id, organisation.id(), organisation.code(), user.email());
        audit.record(
                AuditRecord.of("user.set-password-link-sent", Outcome.SUCCESS).about("user", id));
    }

    private UserAccount load(UserId id) {
        return accounts.find(id).orElseThrow(() -> new NotFound("User"));
    }

    /** An organisation must never be left without an administrator by its own administrator's hand. */
    private static void refuseSelfDemotion(UserAccount user, UserDetails details) {
        Actor actor = Tenancy.currentActor().orElseThrow();
        if (actor.id().equals(user.id()) && !details.roles().contains(Role.ORGANISATION_ADMINISTRATOR)) {
            throw new InvalidInput("roles", "You cannot remove your own administrator role");
        }
    }
}
