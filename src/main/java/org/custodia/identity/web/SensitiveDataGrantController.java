package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.identity.SensitiveDataGrants;
import org.custodia.identity.UserAdministration;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Giving and taking away a user's access to sensitive data; the facade checks the role again. */
@Controller
@RequestMapping("/admin/users/{id}/sensitive-data-grant")
@PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
class SensitiveDataGrantController {

    private final SensitiveDataGrants grants;
    private final UserAdministration users;

    SensitiveDataGrantController(SensitiveDataGrants grants, UserAdministration users) {
        this.grants = grants;
        this.users = users;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        UserId user = new UserId(id);
        model.addAttribute("user", users.get(user));
        model.addAttribute("grant", grants.statusOf(user));
        return "identity/sensitive-data-grant";
    }

    @PostMapping
    String grant(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            grants.grant(new UserId(id), reason);
            redirect.addFlashAttribute("notice", "Access to sensitive data given");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput e) {
            return refused(id, reason, e, model, response);
        }
    }

    @PostMapping("/revoke")
    String revoke(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            grants.revoke(new UserId(id), reason);
            redirect.addFlashAttribute("notice", "Access to sensitive data taken away");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput e) {
            return refused(id, reason, e, model, response);
        }
    }

    private String refused(UUID id, String reason, InvalidInput e, Model model, HttpServletResponse response) {
        model.addAttribute("errors", e.errors());
        model.addAttribute("reason", reason);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, model);
    }
}
