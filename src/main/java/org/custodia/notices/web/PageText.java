package org.custodia.notices.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custodia.notices.Language;
import org.custodia.platform.UkCalendar;

/**
 * The words of the public pages in English and Welsh. Kept in code beside the pages that use them, so
 * a page and its translation change together; what a DPO writes comes from the notice itself.
 */
final class PageText {

    static final List<String> RIGHTS =
            List.of("ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "PORTABILITY", "OBJECTION", "AUTOMATED");

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("privacyNotice", "Privacy notice"),
            Map.entry("processorNotice", "Privacy notice for users of Custodia"),
            Map.entry("lastUpdated", "Last updated"),
            Map.entry("version", "Version"),
            Map.entry("versions", "Earlier versions and what changed"),
            Map.entry("allVersions", "All versions of this notice"),
            Map.entry("changesIn", "What changed in version"),
            Map.entry("firstVersion", "This is the first version: everything in it is new."),
            Map.entry("added", "Added"),
            Map.entry("removed", "Removed"),
            Map.entry("contents", "Contents"),
            Map.entry("notInWelsh", "This notice has not been published in Welsh yet, so it is shown in English."),
            Map.entry("noActivities", "Our record of processing lists no processing in use yet."),
            Map.entry("activity", "What we do"),
            Map.entry("purposes", "Why"),
            Map.entry("lawfulBasis", "Lawful basis"),
            Map.entry("law", "The law we rely on"),
            Map.entry("conditions", "Conditions"),
            Map.entry("noSpecial", "None of the processing in use needs a condition for special categories."),
            Map.entry("fromRegister", "From our record of processing, as it stood when this version was published."),
            Map.entry("recipients", "Organisations we share information with"),
            Map.entry("processors", "Organisations that process information for us (processors)"),
            Map.entry("noRecipients", "Our recipients register lists none."),
            Map.entry("name", "Name"),
            Map.entry("kind", "Who they are"),
            Map.entry("service", "What they do for us"),
            Map.entry("where", "Where"),
            Map.entry("country", "Country"),
            Map.entry("to", "To"),
            Map.entry("data", "What information"),
            Map.entry("safeguard", "What protects it"),
            Map.entry(
                    "noTransfers",
                    "Our transfers register records no transfer of personal information outside the UK."),
            Map.entry("record", "Record"),
            Map.entry("keptFor", "Kept for"),
            Map.entry("then", "Then"),
            Map.entry("schedule", "Read our full retention schedule"),
            Map.entry("noSchedule", "Our retention schedule has not been published yet."),
            Map.entry("makeRequest", "Make a request about your personal information"),
            Map.entry("ico", "Information Commissioner's Office"),
            Map.entry("icoWebsite", "Complain to the Information Commissioner's Office"),
            Map.entry("helpline", "Helpline"),
            Map.entry("cookiePolicy", "Read our cookie policy"),
            Map.entry("controller", "Controller"),
            Map.entry("usersNotice", "If you use Custodia at work, read the privacy notice for users of Custodia"),
            Map.entry("published", "Published"),
            Map.entry("readVersion", "Read version"),
            Map.entry("current", "current"),
            Map.entry("json", "Download this version as JSON"),
            Map.entry("language", "Language"),
            Map.entry("notYet", "has not published a privacy notice on Custodia yet."),
            Map.entry("right.ACCESS", "To get a copy of the information we hold about you (UK GDPR Article 15)"),
            Map.entry("right.RECTIFICATION", "To have information that is wrong corrected (Article 16)"),
            Map.entry("right.ERASURE", "To have information erased, where we no longer need it (Article 17)"),
            Map.entry(
                    "right.RESTRICTION",
                    "To have the use of information restricted while a concern is looked into (Article 18)"),
            Map.entry(
                    "right.PORTABILITY",
                    "To have information you gave us passed on in a form a computer can read (Article 20)"),
            Map.entry("right.OBJECTION", "To object to a use of information (Article 21)"),
            Map.entry("right.AUTOMATED", "Not to be subject to a decision made only by a computer (Article 22)"));

    private static final Map<String, String> WELSH = Map.ofEntries(
            Map.entry("privacyNotice", "Hysbysiad preifatrwydd"),
            Map.entry("processorNotice", "Hysbysiad preifatrwydd i ddefnyddwyr Custodia"),
            Map.entry("lastUpdated", "Diweddarwyd ddiwethaf"),
            Map.entry("version", "Fersiwn"),
            Map.entry("versions", "Fersiynau cynharach a beth newidiodd"),
            Map.entry("allVersions", "Pob fersiwn o’r hysbysiad hwn"),
            Map.entry("changesIn", "Beth newidiodd yn fersiwn"),
            Map.entry("firstVersion", "Dyma’r fersiwn gyntaf: mae popeth ynddi yn newydd."),
            Map.entry("added", "Ychwanegwyd"),
            Map.entry("removed", "Tynnwyd"),
            Map.entry("contents", "Cynnwys"),
            Map.entry(
                    "notInWelsh",
                    "Nid yw’r hysbysiad hwn wedi’i gyhoeddi yn Gymraeg eto, felly fe’i dangosir yn Saesneg."),
            Map.entry(
                    "noActivities", "Nid yw ein cofnod prosesu yn rhestru unrhyw brosesu sy’n cael ei ddefnyddio eto."),
            Map.entry("activity", "Beth rydym yn ei wneud"),
            Map.entry("purposes", "Pam"),
            Map.entry("lawfulBasis", "Sail gyfreithlon"),
            Map.entry("law", "Y gyfraith rydym yn dibynnu arni"),
            Map.entry("conditions", "Amodau"),
            Map.entry(
                    "noSpecial",
                    "Nid oes angen amod ar gyfer categorïau arbennig ar gyfer unrhyw brosesu sy’n cael ei ddefnyddio."),
            Map.entry("fromRegister", "O’n cofnod prosesu, fel yr oedd pan gyhoeddwyd y fersiwn hon."),
            Map.entry("recipients", "Sefydliadau rydym yn rhannu gwybodaeth â nhw"),
            Map.entry("processors", "Sefydliadau sy’n prosesu gwybodaeth ar ein rhan (proseswyr)"),
            Map.entry("noRecipients", "Nid yw ein cofrestr derbynwyr yn rhestru unrhyw un."),
            Map.entry("name", "Enw"),
            Map.entry("kind", "Pwy ydyn nhw"),
            Map.entry("service", "Beth maen nhw’n ei wneud i ni"),
            Map.entry("where", "Ble"),
            Map.entry("country", "Gwlad"),
            Map.entry("to", "I"),
            Map.entry("data", "Pa wybodaeth"),
            Map.entry("safeguard", "Beth sy’n ei diogelu"),
            Map.entry(
                    "noTransfers",
                    "Nid yw ein cofrestr trosglwyddiadau yn cofnodi unrhyw drosglwyddo gwybodaeth bersonol y tu allan i’r DU."),
            Map.entry("record", "Cofnod"),
            Map.entry("keptFor", "Cedwir am"),
            Map.entry("then", "Yna"),
            Map.entry("schedule", "Darllenwch ein hamserlen cadw lawn"),
            Map.entry("noSchedule", "Nid yw ein hamserlen cadw wedi’i chyhoeddi eto."),
            Map.entry("makeRequest", "Gwneud cais am eich gwybodaeth bersonol"),
            Map.entry("ico", "Swyddfa’r Comisiynydd Gwybodaeth"),
            Map.entry("icoWebsite", "Cwyno i Swyddfa’r Comisiynydd Gwybodaeth"),
            Map.entry("helpline", "Llinell gymorth"),
            Map.entry("cookiePolicy", "Darllenwch ein polisi cwcis"),
            Map.entry("controller", "Rheolydd"),
            Map.entry(
                    "usersNotice",
                    "Os ydych yn defnyddio Custodia yn y gwaith, darllenwch yr hysbysiad preifatrwydd i ddefnyddwyr Custodia"),
            Map.entry("published", "Cyhoeddwyd"),
            Map.entry("readVersion", "Darllen fersiwn"),
            Map.entry("current", "cyfredol"),
            Map.entry("json", "Lawrlwytho’r fersiwn hon fel JSON"),
            Map.entry("language", "Iaith"),
            Map.entry("notYet", "heb gyhoeddi hysbysiad preifatrwydd ar Custodia eto."),
            Map.entry("right.ACCESS", "Cael copi o’r wybodaeth sydd gennym amdanoch (Erthygl 15 GDPR y DU)"),
            Map.entry("right.RECTIFICATION", "Cael cywiro gwybodaeth anghywir (Erthygl 16)"),
            Map.entry("right.ERASURE", "Cael dileu gwybodaeth, pan nad oes ei hangen arnom mwyach (Erthygl 17)"),
            Map.entry(
                    "right.RESTRICTION",
                    "Cael cyfyngu ar y defnydd o wybodaeth tra bo pryder yn cael ei ystyried (Erthygl 18)"),
            Map.entry(
                    "right.PORTABILITY",
                    "Cael trosglwyddo gwybodaeth a roesoch i ni mewn ffurf y gall cyfrifiadur ei darllen (Erthygl 20)"),
            Map.entry("right.OBJECTION", "Gwrthwynebu defnydd o wybodaeth (Erthygl 21)"),
            Map.entry(
                    "right.AUTOMATED",
                    "Peidio â bod yn destun penderfyniad a wneir gan gyfrifiadur yn unig (Erthygl 22)"));

    private static final DateTimeFormatter ENGLISH_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(UkCalendar.ZONE);
    private static final DateTimeFormatter WELSH_DATE = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy", Locale.forLanguageTag("cy"))
            .withZone(UkCalendar.ZONE);

    private PageText() {}

    static Map<String, String> of(Language language) {
        return language == Language.WELSH ? WELSH : ENGLISH;
    }

    static String date(Instant instant, Language language) {
        return (language == Language.WELSH ? WELSH_DATE : ENGLISH_DATE).format(instant);
    }
}
