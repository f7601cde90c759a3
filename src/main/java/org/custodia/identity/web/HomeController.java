package org.custodia.identity.web;

import org.custodia.identity.Account;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: messages for the person and where to go next. */
@Controller
class HomeController {

    private final Account account;

    HomeController(Account account) {
        this.account = account;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = Tenancy.currentActor().orElseThrow();
        if (actor.isOperator()) {
            return "redirect:/operator/organisations";
        }
        model.addAttribute("notifications", account.notifications());
        return "identity/home";
    }
}
