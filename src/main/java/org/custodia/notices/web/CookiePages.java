package org.custodia.notices.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.custodia.notices.CookieRegister;
import org.custodia.notices.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cookie policy, made from the cookie register, and the choice about optional cookies: from the
 * banner on any page (which returns to that page) or from this page. It works without JavaScript.
 */
@Controller
class CookiePages {

    @GetMapping("/cookies")
    String policy(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String saved,
            Model model,
            HttpServletRequest request) {
        Language language = Language.of(lang);
        model.addAttribute("language", language);
        model.addAttribute("pageLanguage", language.code());
        model.addAttribute("t", CookieText.of(language));
        model.addAttribute("categories", CookieRegister.Category.values());
        model.addAttribute("register", CookieRegister.class);
        model.addAttribute("saved", saved != null);
        model.addAttribute("functional", CookieChoices.choice(request).orElse(null));
        return "notices/cookies";
    }

    /** {@code functional} is yes or no; {@code returnTo} is the page the banner was on. */
    @PostMapping("/cookies")
    String choose(
            @RequestParam(required = false) String functional,
            @RequestParam(required = false) String returnTo,
            @RequestParam(required = false) String lang,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!"yes".equals(functional) && !"no".equals(functional)) {
            policy(lang, null, model, request);
            model.addAttribute(
                    "errors",
                    Map.of("functional", CookieText.of(Language.of(lang)).get("chooseError")));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "notices/cookies";
        }
        boolean accepted = functional.equals("yes");
        CookieChoices.remember(response, request, accepted);
        String choice = accepted ? CookieChoices.ACCEPTED : CookieChoices.REJECTED;
        if (returnTo != null && isLocalPath(returnTo)) {
            return "redirect:" + returnTo + (returnTo.contains("?") ? "&" : "?") + "cookies=" + choice;
        }
        return "redirect:/cookies?saved" + (Language.of(lang) == Language.WELSH ? "&lang=cy" : "");
    }

    /** Only a path on this site: never another site (an open redirect), nor a scheme-relative "//host". */
    static boolean isLocalPath(String path) {
        return path.startsWith("/")
                && !path.startsWith("//")
                && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20);
    }
}
