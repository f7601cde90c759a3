package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.custodia.identity.Organisations;
import org.custodia.identity.SensitiveDataGrants;
import org.custodia.identity.UserAdministration;
import org.custodia.identity.UserTraining;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for their organisation's users; the facade checks the role again. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
class UserAdminController {

    private final UserAdministration users;
    private final Organisations organisations;
    private final UserTraining training;
    private final SensitiveDataGrants grants;

    UserAdminController(
            UserAdministration users, Organisations organisations, UserTraining training, SensitiveDataGrants grants) {
        this.users = users;
        this.organisations = organisations;
        this.training = training;
        this.grants = grants;
    }

    @ModelAttribute("organisationRoles")
    List<Role> organisationRoles() {
        return List.of(Role.PRACTITIONER, Role.ORGANISATION_ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER);
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("organisation", organisations.current());
        return "identity/users";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return "identity/user-new";
    }

    @PostMapping("/users/new")
    String create(
            @ModelAttribute("form") UserForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            UserId id = users.invite(form.toDetails());
            redirect.addFlashAttribute("notice", "User created. We have emailed them a link to set their password");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/user-new";
        }
    }

    @GetMapping("/users/{id}")
    String show(@PathVariable UUID id, Model model) {
        UserId user = new UserId(id);
        model.addAttribute("user", users.get(user));
        model.addAttribute("training", training.of(user));
        model.addAttribute("grant", grants.statusOf(user));
        return "identity/user";
    }

    @GetMapping("/users/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("user", users.get(new UserId(id)));
        model.addAttribute("form", UserForm.of(users.get(new UserId(id))));
        return "identity/user-edit";
    }

    @PostMapping("/users/{id}/edit")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") UserForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            users.update(new UserId(id), form.toDetails());
            redirect.addFlashAttribute("notice", "User updated");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("user", users.get(new UserId(id)));
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/user-edit";
        }
    }

    @PostMapping("/users/{id}/{action:disable|enable|resend}")
    String change(@PathVariable UUID id, @PathVariable String action, RedirectAttributes redirect) {
        UserId user = new UserId(id);
        try {
            switch (action) {
                case "disable" -> users.disable(user);
                case "enable" -> users.enable(user);
                default -> users.resendInvitation(user);
            }
            redirect.addFlashAttribute(
                    "notice",
                    switch (action) {
                        case "disable" -> "User disabled. They have been signed out everywhere";
                        case "enable" -> "User enabled";
                        default -> "We have emailed the user a new link to set their password";
                    });
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/organisation/two-factor")
    String twoFactor(@RequestParam boolean required, RedirectAttributes redirect) {
        organisations.requireTwoFactor(required);
        redirect.addFlashAttribute(
                "notice",
                required
                        ? "Two-factor authentication is now required for everyone in your organisation"
                        : "Two-factor authentication is now optional");
        return "redirect:/admin/users";
    }
}
