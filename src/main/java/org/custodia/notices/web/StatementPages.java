package org.custodia.notices.web;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement, after the GOV.UK model statement for the Public Sector Bodies
 * (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, and how to get help.
 * The dates and the support address are configuration, since each deployment tests and answers itself.
 */
@Controller
class StatementPages {

    private final LocalDate lastTested;
    private final LocalDate prepared;
    private final String supportEmail;

    StatementPages(
            @Value("${custodia.accessibility.last-tested:2026-12-03}") LocalDate lastTested,
            @Value("${custodia.accessibility.statement-prepared:2026-12-03}") LocalDate prepared,
            @Value("${custodia.support.email:support@custodia.example}") String supportEmail) {
        this.lastTested = lastTested;
        this.prepared = prepared;
        this.supportEmail = supportEmail;
    }

    @GetMapping("/accessibility-statement")
    String accessibility(Model model) {
        model.addAttribute("lastTested", lastTested);
        model.addAttribute("prepared", prepared);
        model.addAttribute("supportEmail", supportEmail);
        return "notices/accessibility-statement";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute("supportEmail", supportEmail);
        return "notices/contact";
    }
}
