package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.identity.Account;
import org.custodia.identity.ApiTokens;
import org.custodia.identity.Organisations;
import org.custodia.identity.TwoFactorSetUp;
import org.custodia.identity.internal.PasswordPolicy;
import org.custodia.identity.internal.QrCodes;
import org.custodia.identity.internal.TwoFactor;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: details, password, two-factor, API tokens, access reports. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
class AccountController {

    private final Account account;
    private final ApiTokens tokens;
    private final Organisations organisations;
    private final TwoFactor twoFactor;
    private final QrCodes qrCodes;

    AccountController(
            Account account, ApiTokens tokens, Organisations organisations, TwoFactor twoFactor, QrCodes qrCodes) {
        this.account = account;
        this.tokens = tokens;
        this.organisations = organisations;
        this.twoFactor = twoFactor;
        this.qrCodes = qrCodes;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("me", account.me());
        model.addAttribute("organisation", organisations.current());
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        return "identity/account";
    }

    @PostMapping("/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            account.changePassword(currentPassword, password);
            redirect.addFlashAttribute("notice", "Your password has been changed");
            return "redirect:/account";
        } catch (InvalidInput e) {
            return showWithErrors(model, e, response);
        }
    }

    @GetMapping("/two-factor")
    String twoFactorForm(Model model, HttpServletRequest request) {
        Actor actor = Tenancy.currentActor().orElseThrow();
        TwoFactorSetUp setUp = account.startTwoFactorSetUp(actor);
        request.getSession()
                .setAttribute(SessionEstablishment.ENROLMENT, twoFactor.sealForEnrolment(actor.id(), setUp.secret()));
        model.addAttribute("qrCode", qrCodes.svg(setUp.uri()));
        model.addAttribute("secret", setUp.base32Secret());
        return "identity/account-two-factor";
    }

    @PostMapping("/two-factor")
    String confirmTwoFactor(
            @RequestParam(defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Actor actor = Tenancy.currentActor().orElseThrow();
        byte[] sealed = (byte[]) request.getSession().getAttribute(SessionEstablishment.ENROLMENT);
        if (sealed == null) {
            return "redirect:/account/two-factor";
        }
        byte[] secret = twoFactor.openEnrolment(actor.id(), sealed);
        try {
            account.confirmTwoFactor(secret, code);
            request.getSession().removeAttribute(SessionEstablishment.ENROLMENT);
            redirect.addFlashAttribute("notice", "Two-factor authentication is on");
            return "redirect:/account";
        } catch (InvalidInput e) {
            TwoFactorSetUp setUp = account.describe(secret, actor.displayName());
            model.addAttribute("qrCode", qrCodes.svg(setUp.uri()));
            model.addAttribute("secret", setUp.base32Secret());
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/account-two-factor";
        }
    }

    @PostMapping("/two-factor/off")
    String turnOffTwoFactor(Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            account.turnOffTwoFactor();
            redirect.addFlashAttribute("notice", "Two-factor authentication is off");
            return "redirect:/account";
        } catch (InvalidInput e) {
            return showWithErrors(model, e, response);
        }
    }

    @PostMapping("/report-access")
    String reportAccess(
            @RequestParam(defaultValue = "") String explanation,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            account.reportUnwantedAdministratorAccess(explanation);
            redirect.addFlashAttribute(
                    "notice",
                    "Your report has been sent to your data protection officer"
                            + " and to the person who created your account");
            return "redirect:/account";
        } catch (InvalidInput e) {
            return showWithErrors(model, e, response);
        }
    }

    @PostMapping("/api-tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") String days,
            Model model,
            HttpServletResponse response) {
        try {
            // Shown in this response only: a redirect would park the secret in the session store.
            model.addAttribute("createdToken", tokens.create(name, parseDays(days)));
            return show(model);
        } catch (InvalidInput e) {
            return showWithErrors(model, e, response);
        }
    }

    @PostMapping("/api-tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "The API token has been revoked");
        return "redirect:/account";
    }

    private static int parseDays(String days) {
        try {
            return Integer.parseInt(days.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("days", "Enter the number of days the token lasts, like 90");
        }
    }

    private String showWithErrors(Model model, InvalidInput e, HttpServletResponse response) {
        model.addAttribute("errors", e.errors());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model);
    }
}
