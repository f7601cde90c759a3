package org.custodia.consent;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.consent.internal.MarketingRows;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' own choices about being contacted by the processor about the service: every channel is off
 * until the user turns it on, and they can change it at any time. Each change is kept.
 */
@Component
public class MarketingPreferences {

    private final MarketingRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    MarketingPreferences(MarketingRows rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public MarketingChoices mine() {
        return choicesOf(Tenancy.requireActor().id());
    }

    /** Turns on exactly the given channels and every other one off; only actual changes are kept. */
    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public MarketingChoices choose(Set<MarketingChannel> optedIn) {
        if (optedIn == null) {
            throw new InvalidInput("channels", "Say which ways you agree to be contacted, or none");
        }
        Actor actor = Tenancy.requireActor();
        Set<MarketingChannel> before = choicesOf(actor.id()).optedIn();
        List<MarketingChannel> changed = EnumSet.allOf(MarketingChannel.class).stream()
                .filter(channel -> before.contains(channel) != optedIn.contains(channel))
                .toList();
        for (MarketingChannel channel : changed) {
            rows.append(actor.organisation(), actor.id(), channel, optedIn.contains(channel), clock.instant());
        }
        if (!changed.isEmpty()) {
            // Which channels changed, not to what: the choice itself stays out of the trail.
            audit.record(AuditRecord.of("marketing-preferences.changed", Outcome.SUCCESS)
                    .about("user", actor.id())
                    .withDetail("channels: " + changed.stream().map(Enum::name).collect(Collectors.joining(","))));
        }
        return choicesOf(actor.id());
    }

    /** Whether the user, of the current organisation, agreed to be contacted this way (no choice means no). */
    @Transactional(readOnly = true)
    public boolean mayContact(UserId user, MarketingChannel channel) {
        return choicesOf(user).allows(channel);
    }

    private MarketingChoices choicesOf(UserId user) {
        List<MarketingChoices.Change> history = rows.history(user);
        Set<MarketingChannel> optedIn = EnumSet.noneOf(MarketingChannel.class);
        Set<MarketingChannel> seen = EnumSet.noneOf(MarketingChannel.class);
        for (MarketingChoices.Change change : history) {
            if (seen.add(change.channel()) && change.optedIn()) {
                optedIn.add(change.channel());
            }
        }
        return new MarketingChoices(Set.copyOf(optedIn), history);
    }
}
