package org.custodia.consent.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custodia.consent.MarketingChannel;
import org.custodia.consent.MarketingPreferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own marketing preferences, reached from their account page. */
@Controller
@RequestMapping("/account/marketing")
@PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
class MarketingPages {

    private final MarketingPreferences preferences;

    MarketingPages(MarketingPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("choices", preferences.mine());
        model.addAttribute("channels", MarketingChannel.values());
        return "consent/marketing";
    }

    @PostMapping
    String choose(
            @RequestParam(name = "channels", required = false) List<MarketingChannel> channels,
            RedirectAttributes redirect) {
        Set<MarketingChannel> chosen = EnumSet.noneOf(MarketingChannel.class);
        if (channels != null) {
            chosen.addAll(channels);
        }
        preferences.choose(chosen);
        redirect.addFlashAttribute("notice", "Your marketing preferences have been saved");
        return "redirect:/account/marketing";
    }
}
