package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.custodia.identity.Account;
import org.custodia.identity.SignIn;
import org.custodia.identity.SignInResult;
import org.custodia.identity.TwoFactorSetUp;
import org.custodia.identity.internal.QrCodes;
import org.custodia.identity.internal.TwoFactor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of signing in: a code from an authenticator app, or setting one up if required. */
@Controller
class TwoFactorSignInController {

    private final SignIn signIn;
    private final Account account;
    private final TwoFactor twoFactor;
    private final QrCodes qrCodes;
    private final SessionEstablishment sessions;
    private final Clock clock;

    TwoFactorSignInController(
            SignIn signIn,
            Account account,
            TwoFactor twoFactor,
            QrCodes qrCodes,
            SessionEstablishment sessions,
            Clock clock) {
        this.signIn = signIn;
        this.account = account;
        this.twoFactor = twoFactor;
        this.qrCodes = qrCodes;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/sign-in/two-factor")
    String codeForm(HttpServletRequest request) {
        PendingSignIn pending = sessions.pending(request);
        if (pending == null || pending.expired(clock.instant())) {
            return "redirect:/sign-in?expired";
        }
        return "identity/two-factor";
    }

    @PostMapping("/sign-in/two-factor")
    String checkCode(
            @RequestParam(defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        PendingSignIn pending = sessions.pending(request);
        if (pending == null || pending.expired(clock.instant()) || pending.setUpRequired()) {
            return "redirect:/sign-in?expired";
        }
        SignInResult result = signIn.withCode(pending.actor(), code);
        if (result instanceof SignInResult.SignedIn signedIn) {
            return "redirect:" + sessions.establish(signedIn.actor(), request, response);
        }
        model.addAttribute(
                "errors",
                Map.of(
                        "code",
                        result instanceof SignInResult.Throttled throttled
                                ? SignInController.tooManyAttempts(throttled)
                                : "The code is not right. Enter the 6-digit code your authenticator app shows now"));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "identity/two-factor";
    }

    @GetMapping("/sign-in/two-factor/set-up")
    String setUpForm(Model model, HttpServletRequest request) {
        PendingSignIn pending = sessions.pending(request);
        if (pending == null || pending.expired(clock.instant()) || !pending.setUpRequired()) {
            return "redirect:/sign-in?expired";
        }
        TwoFactorSetUp setUp = account.startTwoFactorSetUp(pending.actor());
        request.getSession()
                .setAttribute(
                        SessionEstablishment.ENROLMENT,
                        twoFactor.sealForEnrolment(pending.actor().id(), setUp.secret()));
        showSetUp(model, setUp);
        return "identity/two-factor-set-up";
    }

    @PostMapping("/sign-in/two-factor/set-up")
    String confirmSetUp(
            @RequestParam(defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        PendingSignIn pending = sessions.pending(request);
        byte[] sealed = (byte[]) request.getSession().getAttribute(SessionEstablishment.ENROLMENT);
        if (pending == null || pending.expired(clock.instant()) || sealed == null) {
            return "redirect:/sign-in?expired";
        }
        byte[] secret = twoFactor.openEnrolment(pending.actor().id(), sealed);
        SignInResult result = signIn.enrolDuringSignIn(pending.actor(), secret, code);
        if (result instanceof SignInResult.SignedIn signedIn) {
            return "redirect:" + sessions.establish(signedIn.actor(), request, response);
        }
        showSetUp(model, account.describe(secret, pending.actor().displayName()));
        model.addAttribute(
                "errors", Map.of("code", "The code is not right. Enter the 6-digit code your app shows now"));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "identity/two-factor-set-up";
    }

    private void showSetUp(Model model, TwoFactorSetUp setUp) {
        model.addAttribute("qrCode", qrCodes.svg(setUp.uri()));
        model.addAttribute("secret", setUp.base32Secret());
    }
}
