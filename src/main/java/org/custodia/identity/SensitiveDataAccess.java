package org.custodia.identity;

import org.custodia.identity.internal.GrantConditions;
import org.custodia.identity.internal.Grants;
import org.custodia.identity.internal.TrainingRequirement;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether someone may see sensitive data now: the question other modules ask before they decrypt or
 * show a sensitive value. A grant counts only while every required course is current today, so
 * access ends the day training expires, whether or not the lapse sweep has run yet.
 */
@Component
public class SensitiveDataAccess {

    private final UserAccounts accounts;
    private final Grants grants;
    private final GrantConditions conditions;

    SensitiveDataAccess(UserAccounts accounts, Grants grants, GrantConditions conditions) {
        this.accounts = accounts;
        this.grants = grants;
        this.conditions = conditions;
    }

    /** False for anyone outside the current organisation, who is not found there. */
    @Transactional(readOnly = true)
    public boolean isGranted(UserId user) {
        return accounts.find(user)
                        .filter(account -> account.status() != UserStatus.DISABLED)
                        .isPresent()
                && grants.openFor(user).isPresent()
                && TrainingRequirement.met(conditions.of(user));
    }

    /** Whether the signed-in person holds a current grant; never a platform operator. */
    @Transactional(readOnly = true)
    public boolean currentActorIsGranted() {
        return Tenancy.currentActor()
                .filter(actor -> !actor.isOperator())
                .map(Actor::id)
                .map(this::isGranted)
                .orElse(false);
    }
}
