package org.custodia.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custodia.consent.MarketingChannel;
import org.custodia.consent.MarketingChoices;
import org.custodia.consent.MarketingPreferences;
import org.custodia.shared.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/account/marketing-preferences")
@Tag(name = "Account", description = "The signed-in user")
class MarketingPreferencesApi {

    private final MarketingPreferences preferences;

    MarketingPreferencesApi(MarketingPreferences preferences) {
        this.preferences = preferences;
    }

    /** Each channel on or off; a channel left out is off, as it is by default. */
    record Preferences(Boolean email, Boolean phone, Boolean text, Boolean post) {}

    record PreferencesView(
            boolean email, boolean phone, boolean text, boolean post, List<MarketingChoices.Change> history) {
        static PreferencesView of(MarketingChoices choices) {
            return new PreferencesView(
                    choices.allows(MarketingChannel.EMAIL),
                    choices.allows(MarketingChannel.PHONE),
                    choices.allows(MarketingChannel.TEXT),
                    choices.allows(MarketingChannel.POST),
                    choices.history());
        }
    }

    @GetMapping
    @Operation(summary = "Your marketing preferences (all off until you turn them on) and every change")
    PreferencesView mine() {
        return PreferencesView.of(preferences.mine());
    }

    @PutMapping
    @Operation(summary = "Choose how the service may contact you about the service; channels left out are off")
    PreferencesView choose(@RequestBody Preferences body) {
        if (body == null) {
            throw new InvalidInput("email", "Send email, phone, text and post, each true or false");
        }
        Set<MarketingChannel> chosen = EnumSet.noneOf(MarketingChannel.class);
        add(chosen, body.email(), MarketingChannel.EMAIL);
        add(chosen, body.phone(), MarketingChannel.PHONE);
        add(chosen, body.text(), MarketingChannel.TEXT);
        add(chosen, body.post(), MarketingChannel.POST);
        return PreferencesView.of(preferences.choose(chosen));
    }

    private static void add(Set<MarketingChannel> chosen, Boolean on, MarketingChannel channel) {
        if (Boolean.TRUE.equals(on)) {
            chosen.add(channel);
        }
    }
}
