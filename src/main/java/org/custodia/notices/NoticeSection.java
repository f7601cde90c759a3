package org.custodia.notices;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sections of a privacy notice, in the order they are published, each with its heading in English
 * and Welsh and what it shows from the registers. The organisation's sections follow what UK GDPR
 * Art 13 and 14 require a controller to tell people; the processor's two are for Custodia's users.
 */
public enum NoticeSection {
    WHO_WE_ARE(
            Notice.ORGANISATION,
            "Who we are and how to contact our data protection officer",
            "Pwy ydym ni a sut i gysylltu â’n swyddog diogelu data",
            RegisterPart.CONTROLLER),
    WHY_WE_USE_IT(
            Notice.ORGANISATION,
            "Why we use personal information",
            "Pam rydym yn defnyddio gwybodaeth bersonol",
            RegisterPart.PURPOSES),
    LEGAL_REASONS(
            Notice.ORGANISATION,
            "The legal reasons we have to use it",
            "Y rhesymau cyfreithiol sydd gennym dros ei defnyddio",
            RegisterPart.LAWFUL_BASES),
    SPECIAL_CATEGORIES(
            Notice.ORGANISATION,
            "Special categories of information",
            "Categorïau arbennig o wybodaeth",
            RegisterPart.CONDITIONS),
    LIMITING_USE(
            Notice.ORGANISATION,
            "How we limit the use of information: anonymisation, pseudonymisation and research",
            "Sut rydym yn cyfyngu ar y defnydd o wybodaeth: dienwi, ffugenwi ac ymchwil",
            RegisterPart.NONE),
    YOUR_RIGHTS(
            Notice.ORGANISATION,
            "Your rights and how to use them",
            "Eich hawliau a sut i’w defnyddio",
            RegisterPart.RIGHTS),
    SHARING(
            Notice.ORGANISATION,
            "Who we share information with, and our legal duties to share",
            "Gyda phwy rydym yn rhannu gwybodaeth, a’n dyletswyddau cyfreithiol i’w rhannu",
            RegisterPart.RECIPIENTS),
    EMERGENCY_DISCLOSURE(
            Notice.ORGANISATION,
            "Sharing in an emergency, and telling you when it is safe",
            "Rhannu mewn argyfwng, a dweud wrthych pan fydd yn ddiogel",
            RegisterPart.NONE),
    SECURITY(
            Notice.ORGANISATION,
            "How we keep information secure",
            "Sut rydym yn cadw gwybodaeth yn ddiogel",
            RegisterPart.NONE),
    TRANSFERS(
            Notice.ORGANISATION,
            "Transfers outside the UK",
            "Trosglwyddiadau y tu allan i’r DU",
            RegisterPart.TRANSFERS),
    RETENTION(
            Notice.ORGANISATION,
            "How long we keep information",
            "Am ba hyd rydym yn cadw gwybodaeth",
            RegisterPart.RETENTION),
    COMPLAINTS(Notice.ORGANISATION, "How to complain", "Sut i gwyno", RegisterPart.COMPLAINTS),
    COOKIES(Notice.ORGANISATION, "Cookies", "Cwcis", RegisterPart.COOKIES),
    ABOUT_YOU(Notice.PROCESSOR, "Information about you", "Gwybodaeth amdanoch chi", RegisterPart.NONE),
    OTHER_PEOPLE(
            Notice.PROCESSOR,
            "Information about other people you may see, and your responsibilities",
            "Gwybodaeth am bobl eraill y gallech ei gweld, a’ch cyfrifoldebau",
            RegisterPart.NONE);

    private final Notice notice;
    private final String english;
    private final String welsh;
    private final RegisterPart registers;

    NoticeSection(Notice notice, String english, String welsh, RegisterPart registers) {
        this.notice = notice;
        this.english = english;
        this.welsh = welsh;
        this.registers = registers;
    }

    public Notice notice() {
        return notice;
    }

    public String heading(Language language) {
        return language.pick(english, welsh);
    }

    public String label() {
        return english;
    }

    public RegisterPart registers() {
        return registers;
    }

    /** For URLs and the error summary's links: {@code who-we-are}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static List<NoticeSection> of(Notice notice) {
        return Arrays.stream(values()).filter(s -> s.notice == notice).toList();
    }

    public static Optional<NoticeSection> bySlug(Notice notice, String slug) {
        return of(notice).stream().filter(s -> s.slug().equals(slug)).findFirst();
    }
}
