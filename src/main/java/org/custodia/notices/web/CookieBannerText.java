package org.custodia.notices.web;

import java.util.Map;
import org.custodia.notices.Language;

/** The banner's words for the layout, in the page's language (English where the page names none). */
public final class CookieBannerText {

    private CookieBannerText() {}

    public static Map<String, String> of(String pageLanguage) {
        return CookieText.of(Language.of(pageLanguage));
    }
}
