package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.custodia.identity.Account;
import org.custodia.identity.internal.PasswordPolicy;
import org.custodia.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where an invitation or reset link leads: the person chooses their own password. */
@Controller
class SetPasswordController {

    private final Account account;

    SetPasswordController(Account account) {
        this.account = account;
    }

    @GetMapping("/set-password")
    String form(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        if (!account.isUsable(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "identity/set-password-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        return "identity/set-password";
    }

    @PostMapping("/set-password")
    String set(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            HttpServletResponse response) {
        try {
            if (!password.equals(confirmPassword)) {
                throw new InvalidInput("confirmPassword", "The passwords do not match");
            }
            account.setPasswordWithToken(token, password);
            return "redirect:/sign-in?passwordSet";
        } catch (Account.SetPasswordLinkInvalid e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "identity/set-password-invalid";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("token", token);
            model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/set-password";
        }
    }
}
