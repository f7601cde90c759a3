package org.custodia.notices.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.custodia.notices.CookieRegister;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The visitor's choice about optional cookies, read from and written to its strictly necessary cookie,
 * and the banner that asks for it. A bean, so the layout can show the banner on every page.
 */
@Component("cookieChoices")
public class CookieChoices {

    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";

    /** The choice made on this device: accepted, rejected, or none yet. */
    public Optional<String> choice() {
        return request().flatMap(CookieChoices::choice);
    }

    static Optional<String> choice(HttpServletRequest request) {
        return cookie(request, CookieRegister.CHOICE).filter(value -> value.equals(ACCEPTED) || value.equals(REJECTED));
    }

    public boolean accepted() {
        return choice().filter(ACCEPTED::equals).isPresent();
    }

    /** The banner asks until a choice is made; it never shows where nothing is optional. */
    public boolean askNow() {
        return CookieRegister.anyOptional() && choice().isEmpty();
    }

    /** The choice just made, for the banner's confirmation: only when the page was reached by making it. */
    public String justChosen() {
        return request()
                .map(r -> r.getParameter("cookies"))
                .filter(value -> value.equals(ACCEPTED) || value.equals(REJECTED))
                .filter(value -> choice().filter(value::equals).isPresent())
                .orElse(null);
    }

    /** The page being shown, for the banner's form to return to. */
    public String currentPath() {
        return request()
                .map(r -> r.getRequestURI()
                        + (r.getQueryString() == null
                                ? ""
                                : "?" + r.getQueryString().replaceAll("(^|&)cookies=[a-z]*", "")))
                .map(path -> path.endsWith("?") ? path.substring(0, path.length() - 1) : path)
                .orElse("/");
    }

    /** The page without the confirmation's parameter, for "Hide this message". */
    public String withoutConfirmation() {
        return currentPath();
    }

    static void remember(HttpServletResponse response, HttpServletRequest request, boolean accepted) {
        response.addCookie(cookie(
                CookieRegister.CHOICE,
                accepted ? ACCEPTED : REJECTED,
                (int) CookieRegister.CHOICE_LIFETIME.toSeconds(),
                request.isSecure()));
        if (!accepted) {
            forget(response, request, CookieRegister.ORGANISATION);
        }
    }

    static void forget(HttpServletResponse response, HttpServletRequest request, String name) {
        if (cookie(request, name).isPresent()) {
            response.addCookie(cookie(name, "", 0, request.isSecure()));
        }
    }

    static Cookie cookie(String name, String value, int maxAge, boolean secure) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> c.getName().equals(name))
                .map(Cookie::getValue)
                .findFirst();
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
