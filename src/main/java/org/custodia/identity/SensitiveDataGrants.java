package org.custodia.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.GrantConditions;
import org.custodia.identity.internal.GrantLapses;
import org.custodia.identity.internal.Grants;
import org.custodia.identity.internal.Grants.OpenGrant;
import org.custodia.identity.internal.TrainingRequirement;
import org.custodia.identity.internal.UserAccount;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.platform.Tenancy;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sensitive-data grants: administrators give them only to users whose required training is current,
 * and take them back; DPOs and administrators see who holds one now. Every grant, refusal and
 * revocation is audited; lapses are audited where they happen (see {@code GrantLapses}).
 */
@Component
public class SensitiveDataGrants {

    private static final String ADMINISTRATOR = "hasRole('ORGANISATION_ADMINISTRATOR')";

    private final UserAccounts accounts;
    private final Grants grants;
    private final GrantConditions conditions;
    private final GrantLapses lapses;
    private final AuditTrail audit;

    SensitiveDataGrants(
            UserAccounts accounts, Grants grants, GrantConditions conditions, GrantLapses lapses, AuditTrail audit) {
        this.accounts = accounts;
        this.grants = grants;
        this.conditions = conditions;
        this.lapses = lapses;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize(ADMINISTRATOR)
    public GrantStatus statusOf(UserId user) {
        load(user);
        List<CourseStatus> training = conditions.of(user);
        Optional<OpenGrant> grant = grants.openFor(user).filter(open -> TrainingRequirement.met(training));
        audit.record(
                AuditRecord.of("sensitive-data-grant.viewed", Outcome.SUCCESS).about("user", user));
        return new GrantStatus(
                grant.isPresent(),
                grant.map(OpenGrant::grantedAt).orElse(null),
                grant.map(OpenGrant::grantedBy).orElse(null),
                grant.map(OpenGrant::reason).orElse(null),
                TrainingRequirement.lapsesOn(training).orElse(null),
                training);
    }

    /** Refusals for want of training are committed with their audit entry, then reported as errors. */
    @Transactional(noRollbackFor = Refused.class)
    @PreAuthorize(ADMINISTRATOR)
    public void grant(UserId user, String reason) {
        UserAccount account = load(user);
        String why = required(reason, "Enter why this user needs access to sensitive data");
        OrganisationId organisation = Tenancy.current().orElseThrow();
        lapses.ofUser(organisation, user);
        if (grants.openFor(user).isPresent()) {
            throw new InvalidInput("user", account.view().fullName() + " already has access to sensitive data");
        }
        if (account.status() == UserStatus.DISABLED) {
            throw refusal(user, "user", "You cannot give access to a disabled account", "account DISABLED");
        }
        List<CourseStatus> training = conditions.of(user);
        if (training.isEmpty()) {
            throw refusal(
                    user,
                    "training",
                    "Your organisation requires no training yet. Add the required courses, then give access",
                    "no training required");
        }
        if (!TrainingRequirement.met(training)) {
            String unmet = TrainingRequirement.unmet(training);
            throw refusal(
                    user,
                    "training",
                    "Give access only when every required course is current. Not current: " + unmet,
                    "training not current: " + unmet);
        }
        try {
            grants.insert(
                    organisation,
                    user,
                    why,
                    Tenancy.currentActor().orElseThrow().id());
        } catch (DuplicateKeyException alreadyGranted) {
            throw new InvalidInput("user", account.view().fullName() + " already has access to sensitive data");
        }
        audit.record(AuditRecord.of("sensitive-data-grant.granted", Outcome.SUCCESS)
                .about("user", user)
                .withDetail(
                        "lapses on: " + TrainingRequirement.lapsesOn(training).orElseThrow()));
    }

    @Transactional
    @PreAuthorize(ADMINISTRATOR)
    public void revoke(UserId user, String reason) {
        load(user);
        String why = required(reason, "Enter why you are taking away this user's access");
        OpenGrant grant = grants.openFor(user)
                .orElseThrow(() -> new InvalidInput("user", "This user does not have access to sensitive data"));
        grants.end(
                grant.id(),
                Grants.Ending.REVOKED,
                Tenancy.currentActor().orElseThrow().id(),
                why);
        audit.record(
                AuditRecord.of("sensitive-data-grant.revoked", Outcome.SUCCESS).about("user", user));
    }

    /** Who holds a current grant now: open, and with every required course current today. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
    public List<GrantHolder> holders() {
        List<OpenGrant> open = grants.allOpen();
        Map<UserId, List<CourseStatus>> training =
                conditions.of(open.stream().map(OpenGrant::user).toList());
        List<GrantHolder> holders = open.stream()
                .filter(grant -> TrainingRequirement.met(training.get(grant.user())))
                .map(grant -> new GrantHolder(
                        grant.user(),
                        grant.holderName(),
                        grant.holderEmail(),
                        grant.grantedAt(),
                        grant.grantedBy(),
                        TrainingRequirement.lapsesOn(training.get(grant.user())).orElseThrow(),
                        training.get(grant.user())))
                .toList();
        audit.record(AuditRecord.of("sensitive-data-grant.listed", Outcome.SUCCESS)
                .withDetail("holders shown: " + holders.size()));
        return holders;
    }

    private UserAccount load(UserId user) {
        return accounts.find(user).orElseThrow(() -> new NotFound("User"));
    }

    private Refused refusal(UserId user, String field, String message, String detail) {
        audit.record(AuditRecord.of("sensitive-data-grant.refused", Outcome.DENIED)
                .about("user", user)
                .withDetail(detail));
        return new Refused(field, message);
    }

    private static String required(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", message);
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidInput("reason", "Reason must be 1000 characters or fewer");
        }
        return reason.strip();
    }

    /** A refusal whose audit entry must be kept, though the grant is not made. */
    private static final class Refused extends InvalidInput {
        Refused(String field, String message) {
            super(field, message);
        }
    }
}
