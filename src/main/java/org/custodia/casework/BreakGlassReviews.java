package org.custodia.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.BreakGlass;
import org.custodia.platform.Tenancy;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The DPOs' review list of break-glass openings: each is marked justified or not. */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class BreakGlassReviews {

    public record Pending(UUID id, String caseReference, String openedBy, String reason, Instant grantedAt) {}

    private final BreakGlass breakGlass;
    private final ActorDirectory names;
    private final AuditTrail audit;
    private final Clock clock;

    BreakGlassReviews(BreakGlass breakGlass, ActorDirectory names, AuditTrail audit, Clock clock) {
        this.breakGlass = breakGlass;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Pending> awaitingReview() {
        List<BreakGlass.Override> overrides = breakGlass.awaitingReview();
        Set<UUID> users = new HashSet<>();
        overrides.forEach(o -> users.add(o.userId()));
        Map<UUID, String> who = names.namesOf(users);
        audit.record(AuditRecord.of("break-glass.review-list-viewed", Outcome.SUCCESS)
                .withDetail("awaiting review: " + overrides.size()));
        return overrides.stream()
                .map(o -> new Pending(
                        o.id(),
                        o.caseReference(),
                        who.getOrDefault(o.userId(), o.userId().toString()),
                        o.reason(),
                        o.grantedAt()))
                .toList();
    }

    @Transactional
    public void review(UUID override, boolean justified) {
        if (!breakGlass.review(override, Tenancy.currentActor().orElseThrow().id(), justified, clock.instant())) {
            throw new NotFound("Break-glass opening awaiting review");
        }
        audit.record(AuditRecord.of("break-glass.reviewed", Outcome.SUCCESS)
                .about("case-access-override", override)
                .withDetail(justified ? "justified" : "not justified"));
    }
}
