package org.custodia.consent;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A user's marketing preferences now (the channels turned on) and every change, newest first. */
public record MarketingChoices(Set<MarketingChannel> optedIn, List<Change> history) {

    public boolean allows(MarketingChannel channel) {
        return optedIn.contains(channel);
    }

    public record Change(MarketingChannel channel, boolean optedIn, Instant changedAt) {}
}
