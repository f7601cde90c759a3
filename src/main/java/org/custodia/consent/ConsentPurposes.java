package org.custodia.consent;

import java.time.Clock;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.consent.internal.ConsentRules;
import org.custodia.consent.internal.PurposeRows;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's consent purposes, kept by the data protection officer. Changing a purpose's
 * wording adds a new version; earlier versions stay, because consents point at the one shown.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class ConsentPurposes {

    private final PurposeRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    ConsentPurposes(PurposeRows rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ConsentPurposeId define(PurposeDetails details) {
        ConsentRules.check(details);
        requireUniqueName(details.name().trim(), null);
        Actor actor = Tenancy.requireActor();
        ConsentPurposeId id = ConsentPurposeId.random();
        rows.insert(
                id,
                actor.organisation(),
                details.name().trim(),
                ConsentRules.trimmed(details.processingActivity()),
                actor.id(),
                clock.instant());
        rows.addWording(id, actor.organisation(), 1, details.wording().trim(), actor.id(), clock.instant());
        audit.record(AuditRecord.of("consent-purpose.defined", Outcome.SUCCESS)
                .about("consent-purpose", id)
                .withDetail("wording version: 1"));
        return id;
    }

    /** Renames the purpose or changes its note; a changed wording becomes the next version. */
    @Transactional
    public void revise(ConsentPurposeId id, PurposeDetails details) {
        if (!rows.lock(id)) {
            throw new NotFound("Consent purpose");
        }
        ConsentRules.check(details);
        requireUniqueName(details.name().trim(), id);
        Actor actor = Tenancy.requireActor();
        ConsentPurpose current = rows.find(id).orElseThrow(() -> new NotFound("Consent purpose"));
        rows.update(id, details.name().trim(), ConsentRules.trimmed(details.processingActivity()), clock.instant());
        int version = current.currentWording().version();
        if (!current.currentWording().text().equals(details.wording().trim())) {
            version++;
            rows.addWording(id, actor.organisation(), version, details.wording().trim(), actor.id(), clock.instant());
        }
        audit.record(AuditRecord.of("consent-purpose.revised", Outcome.SUCCESS)
                .about("consent-purpose", id)
                .withDetail("wording version: " + version));
    }

    /** Every purpose with its current wording; practitioners need them to record consent. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'PRACTITIONER')")
    public List<ConsentPurpose> all() {
        return rows.all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'PRACTITIONER')")
    public ConsentPurpose find(ConsentPurposeId id) {
        return rows.find(id).orElseThrow(() -> new NotFound("Consent purpose"));
    }

    /** Every version of the purpose's wording, newest first. */
    @Transactional(readOnly = true)
    public List<ConsentWording> wordings(ConsentPurposeId id) {
        find(id);
        return rows.wordings(id);
    }

    private void requireUniqueName(String name, ConsentPurposeId except) {
        if (rows.nameTaken(name, except)) {
            throw new InvalidInput("name", "There is already a purpose called " + name + "; choose another name");
        }
    }
}
