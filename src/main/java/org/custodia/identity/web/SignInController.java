package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.identity.SignIn;
import org.custodia.identity.SignInResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: Organisation ID, email and password. */
@Controller
class SignInController {

    static final Duration PENDING_LIMIT = Duration.ofMinutes(5);
    static final String REFUSED = "Enter a correct Organisation ID, email address and password";

    private final SignIn signIn;
    private final SessionEstablishment sessions;
    private final Clock clock;

    SignInController(SignIn signIn, SessionEstablishment sessions, Clock clock) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/sign-in")
    String form(Model model) {
        model.addAttribute("form", new SignInForm("", "", ""));
        return "identity/sign-in";
    }

    @PostMapping("/sign-in")
    String signIn(SignInForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.organisationId() == null || form.organisationId().isBlank()) {
            errors.put("organisationId", "Enter your Organisation ID");
        }
        if (form.email() == null || form.email().isBlank()) {
            errors.put("email", "Enter your email address");
        }
        if (form.password() == null || form.password().isEmpty()) {
            errors.put("password", "Enter your password");
        }
        if (errors.isEmpty()) {
            SignInResult result = signIn.withPassword(form.organisationId(), form.email(), form.password());
            if (result instanceof SignInResult.SignedIn signedIn) {
                return "redirect:" + sessions.establish(signedIn.actor(), request, response);
            }
            if (result instanceof SignInResult.SecondFactorNeeded needed) {
                sessions.holdPending(
                        new PendingSignIn(
                                needed.actor(),
                                needed.setUpRequired(),
                                clock.instant().plus(PENDING_LIMIT)),
                        request);
                return needed.setUpRequired() ? "redirect:/sign-in/two-factor/set-up" : "redirect:/sign-in/two-factor";
            }
            errors.put(
                    "organisationId",
                    result instanceof SignInResult.Throttled throttled ? tooManyAttempts(throttled) : REFUSED);
        }
        model.addAttribute("form", new SignInForm(form.organisationId(), form.email(), ""));
        model.addAttribute("errors", errors);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "identity/sign-in";
    }

    static String tooManyAttempts(SignInResult.Throttled throttled) {
        long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
        return "Too many attempts to sign in. Wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                + " and try again";
    }

    @GetMapping(value = "/sign-in", params = "signedOut")
    String signedOut(Model model) {
        model.addAttribute("notice", "You have signed out");
        return form(model);
    }

    @GetMapping(value = "/sign-in", params = "passwordSet")
    String passwordSet(Model model) {
        model.addAttribute("notice", "Your password has been set. You can now sign in");
        return form(model);
    }

    @GetMapping(value = "/sign-in", params = "expired")
    String expired(Model model, @RequestParam(required = false) String expired) {
        model.addAttribute("notice", "You were signed out because your session ended. Sign in again");
        return form(model);
    }

    record SignInForm(String organisationId, String email, String password) {}
}
