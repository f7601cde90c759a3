package org.custodia.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.CourseStatus;
import org.custodia.identity.internal.Grants.OpenGrant;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Ends the open grants whose holders' training is no longer current, and says so: an audit entry by
 * Custodia itself and a message to the holder and to the administrators. Run by the scheduled sweep,
 * and before any change that could make training current again (a new record, a course no longer
 * required), so that a lapsed grant is never silently revived. Runs in the caller's transaction.
 */
@Component
public class GrantLapses {

    private final Grants grants;
    private final GrantConditions conditions;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;

    GrantLapses(
            Grants grants,
            GrantConditions conditions,
            UserAccounts accounts,
            Notifications notifications,
            AuditTrail audit) {
        this.grants = grants;
        this.conditions = conditions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** Lapses every open grant of the organisation (the current one) whose training is not current. */
    public int inOrganisation(OrganisationId organisation) {
        List<OpenGrant> open = grants.allOpen();
        Map<UserId, List<CourseStatus>> statuses =
                conditions.of(open.stream().map(OpenGrant::user).toList());
        int lapsed = 0;
        for (OpenGrant grant : open) {
            if (lapseIfUnmet(organisation, grant, statuses.get(grant.user()))) {
                lapsed++;
            }
        }
        return lapsed;
    }

    public void ofUser(OrganisationId organisation, UserId user) {
        grants.openFor(user).ifPresent(grant -> lapseIfUnmet(organisation, grant, conditions.of(user)));
    }

    private boolean lapseIfUnmet(OrganisationId organisation, OpenGrant grant, List<CourseStatus> training) {
        if (TrainingRequirement.met(training)) {
            return false;
        }
        String unmet = TrainingRequirement.unmet(training);
        if (!grants.end(grant.id(), Grants.Ending.LAPSED, null, unmet)) {
            return false;
        }
        audit.record(AuditRecord.of("sensitive-data-grant.lapsed", Outcome.SUCCESS)
                .about("user", grant.user())
                .withDetail("training not current: " + unmet)
                .by(custodia(organisation))
                .in(organisation));
        notify(organisation, grant, unmet);
        return true;
    }

    private void notify(OrganisationId organisation, OpenGrant grant, String unmet) {
        notifications.add(
                organisation,
                grant.user(),
                "Your access to sensitive data has lapsed because your training is no longer current: " + unmet
                        + ". An administrator can grant it again once your training is renewed.",
                null);
        String message = grant.holderName() + "'s access to sensitive data has lapsed because their training is"
                + " no longer current: " + unmet + ".";
        for (UserAccount administrator : accounts.withRole(Role.ORGANISATION_ADMINISTRATOR)) {
            if (!administrator.id().equals(grant.user())) {
                notifications.add(organisation, administrator.id(), message, "/admin/users/" + grant.user());
            }
        }
    }

    /** Custodia itself, acting in the organisation: the lapse is nobody's decision. */
    private static Actor custodia(OrganisationId organisation) {
        return new Actor(new UserId(AuditTrail.SYSTEM), organisation, "Custodia", Set.of());
    }
}
