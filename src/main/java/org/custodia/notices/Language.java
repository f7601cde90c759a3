package org.custodia.notices;

/** The languages a public page can be published in; Welsh is asked for with {@code ?lang=cy}. */
public enum Language {
    ENGLISH("en"),
    WELSH("cy");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 code, for the page's {@code lang} attribute and the {@code ?lang=} parameter. */
    public String code() {
        return code;
    }

    /** The language a {@code ?lang=} value asks for; anything but "cy" is English. */
    public static Language of(String code) {
        return "cy".equalsIgnoreCase(code) ? WELSH : ENGLISH;
    }

    /** Picks the text for this language. */
    public String pick(String english, String welsh) {
        return this == WELSH ? welsh : english;
    }
}
