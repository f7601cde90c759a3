package org.custodia.notices.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.notices.CookieRegister;
import org.custodia.notices.Language;
import org.custodia.notices.PublishedNotices;
import org.custodia.notices.PublishedNotices.Publisher;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The footer's links on every page, signed in or not. The privacy notice is the organisation's when
 * its Organisation ID is known — from the page's address, the signed-in person, or the remembered
 * Organisation ID (only ever set once accepted) — and it has published one; otherwise the processor's.
 */
@Component("noticeLinks")
public class NoticeLinks {

    private static final Pattern ORGANISATION_PAGE = Pattern.compile("^/organisations/([^/]+)/");

    private final PublishedNotices notices;

    NoticeLinks(PublishedNotices notices) {
        this.notices = notices;
    }

    /** The footer's links and their words. */
    public record Links(String privacyNotice, String request, String lang, Map<String, String> text) {}

    public Links links(String pageLanguage) {
        Language language = Language.of(pageLanguage);
        Optional<Publisher> organisation = organisation();
        String suffix = language == Language.WELSH ? "?lang=cy" : "";
        String privacy = organisation
                .filter(notices::published)
                .map(o -> "/organisations/" + o.organisationCode() + "/privacy-notice")
                .orElse("/privacy");
        String request = organisation
                .map(o -> "/organisations/" + o.organisationCode() + "/rights-requests/new")
                .orElse("/contact#requests");
        return new Links(privacy + suffix, request, language.code(), CookieText.of(language));
    }

    private Optional<Publisher> organisation() {
        Optional<HttpServletRequest> request = request();
        try {
            Optional<String> fromPage = request.map(r -> ORGANISATION_PAGE.matcher(r.getRequestURI()))
                    .filter(Matcher::find)
                    .map(m -> m.group(1));
            if (fromPage.isPresent()) {
                return Optional.of(notices.organisation(fromPage.get()));
            }
            Optional<Publisher> signedIn =
                    Tenancy.currentActor().flatMap(Actor::organisationId).flatMap(notices::organisation);
            if (signedIn.isPresent()) {
                return signedIn;
            }
            return request.filter(r -> CookieChoices.choice(r)
                            .filter(CookieChoices.ACCEPTED::equals)
                            .isPresent())
                    .flatMap(r -> CookieChoices.cookie(r, CookieRegister.ORGANISATION))
                    .map(notices::organisation);
        } catch (NotFound unknown) {
            return Optional.empty();
        }
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
