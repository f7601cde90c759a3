package org.custodia.notices;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every cookie Custodia can set, in one place: the cookie policy page is made from this list, and a
 * browser test visits every page and fails on any cookie that is not in it. Custodia needs no
 * non-essential cookie; the one optional cookie is set only after it is accepted (PECR reg 6).
 */
public final class CookieRegister {

    /** Why a cookie is set; only strictly necessary cookies are set without consent. */
    public enum Category {
        STRICTLY_NECESSARY("Strictly necessary", "Hollol angenrheidiol"),
        FUNCTIONAL("Functional", "Swyddogaethol"),
        ANALYTICS("Analytics", "Dadansoddi");

        private final String english;
        private final String welsh;

        Category(String english, String welsh) {
            this.english = english;
            this.welsh = welsh;
        }

        public String label(Language language) {
            return language.pick(english, welsh);
        }
    }

    /** One cookie: its name, why it is set, how long it lasts, and whether Custodia itself sets it. */
    public record Cookie(
            String name,
            Category category,
            String purpose,
            String welshPurpose,
            String lifetime,
            String welshLifetime,
            boolean firstParty) {

        public String purpose(Language language) {
            return language.pick(purpose, welshPurpose);
        }

        public String lifetime(Language language) {
            return language.pick(lifetime, welshLifetime);
        }
    }

    /** The session cookie's name, as the session configuration sets it. */
    public static final String SESSION = "CUSTODIA_SESSION";

    /** Where the choice about optional cookies is kept; strictly necessary, since it records a refusal too. */
    public static final String CHOICE = "custodia_cookie_choice";

    /** The optional cookie: the Organisation ID, remembered on this device once accepted. */
    public static final String ORGANISATION = "custodia_organisation";

    public static final Duration CHOICE_LIFETIME = Duration.ofDays(365);

    private static final List<Cookie> COOKIES = List.of(
            new Cookie(
                    SESSION,
                    Category.STRICTLY_NECESSARY,
                    "Keeps you signed in, and holds the security code that stops other websites sending forms as you",
                    "Yn eich cadw wedi mewngofnodi, ac yn dal y cod diogelwch sy’n atal gwefannau eraill rhag anfon ffurflenni fel chi",
                    "Until you sign out or close your browser, and at most 12 hours",
                    "Nes i chi allgofnodi neu gau eich porwr, a 12 awr ar y mwyaf",
                    true),
            new Cookie(
                    CHOICE,
                    Category.STRICTLY_NECESSARY,
                    "Remembers whether you accepted or rejected optional cookies",
                    "Yn cofio a wnaethoch dderbyn neu wrthod cwcis dewisol",
                    "1 year",
                    "1 flwyddyn",
                    true),
            new Cookie(
                    ORGANISATION,
                    Category.FUNCTIONAL,
                    "Remembers your Organisation ID on this device, so that pages can link your organisation’s"
                            + " privacy notice before you sign in",
                    "Yn cofio eich ID Sefydliad ar y ddyfais hon, fel y gall tudalennau gysylltu â hysbysiad"
                            + " preifatrwydd eich sefydliad cyn i chi fewngofnodi",
                    "1 year",
                    "1 flwyddyn",
                    true));

    private CookieRegister() {}

    public static List<Cookie> all() {
        return COOKIES;
    }

    public static List<Cookie> in(Category category) {
        return COOKIES.stream().filter(c -> c.category() == category).toList();
    }

    public static Optional<Cookie> named(String name) {
        return COOKIES.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Whether any cookie needs consent: if none did, there would be no banner. */
    public static boolean anyOptional() {
        return COOKIES.stream().anyMatch(c -> c.category() != Category.STRICTLY_NECESSARY);
    }
}
