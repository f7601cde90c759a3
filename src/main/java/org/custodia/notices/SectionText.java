package org.custodia.notices;

/** The prose of one section, in English and (where written) in Welsh. */
public record SectionText(NoticeSection section, String english, String welsh) {

    public boolean hasWelsh() {
        return welsh != null && !welsh.isBlank();
    }

    /** The text in the language asked for; English where no Welsh was written. */
    public String in(Language language) {
        return language == Language.WELSH && hasWelsh() ? welsh : english;
    }
}
