package org.custodia.notices.web;

import java.util.Map;
import org.custodia.notices.Language;

/** The words of the cookie policy, the banner and the footer, in English and Welsh. */
final class CookieText {

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("cookies", "Cookies"),
            Map.entry(
                    "intro",
                    "Cookies are small files saved on your phone, tablet or computer when you visit a website. Custodia"
                            + " sets its own cookies only: no other website's resources are loaded and no one else sets"
                            + " cookies here."),
            Map.entry("needed", "Custodia needs only strictly necessary cookies to work. They are always on."),
            Map.entry("name", "Name"),
            Map.entry("purpose", "Purpose"),
            Map.entry("expires", "Expires"),
            Map.entry("setBy", "Set by"),
            Map.entry("us", "Custodia"),
            Map.entry("none", "Custodia sets no cookies of this kind."),
            Map.entry(
                    "counting",
                    "Custodia counts how its pages are used without any cookie: on its own server, by the page’s"
                            + " address pattern, never who you are, your IP address or what you searched for. If you"
                            + " reject optional cookies, or your browser sends Global Privacy Control, your visits are"
                            + " not counted at all."),
            Map.entry("settings", "Change your cookie settings"),
            Map.entry("question", "Do you want Custodia to remember your Organisation ID on this device?"),
            Map.entry("yes", "Yes"),
            Map.entry("no", "No"),
            Map.entry("save", "Save cookie settings"),
            Map.entry("savedTitle", "Success"),
            Map.entry("saved", "You’ve set your cookie preferences."),
            Map.entry("chooseError", "Select whether you want Custodia to remember your Organisation ID"),
            Map.entry("bannerTitle", "Cookies on Custodia"),
            Map.entry("bannerNeeded", "We use some essential cookies to make this service work."),
            Map.entry(
                    "bannerOptional",
                    "We’d also like to use an optional cookie to remember your Organisation ID on this device."),
            Map.entry("accept", "Accept optional cookies"),
            Map.entry("reject", "Reject optional cookies"),
            Map.entry("view", "View cookies"),
            Map.entry("acceptedMessage", "You’ve accepted optional cookies."),
            Map.entry("rejectedMessage", "You’ve rejected optional cookies."),
            Map.entry("changeAnyTime", "You can change your cookie settings at any time."),
            Map.entry("hide", "Hide cookie message"),
            Map.entry("currentChoice", "Your current choice"),
            Map.entry("accepted", "Optional cookies accepted"),
            Map.entry("rejected", "Optional cookies rejected"),
            Map.entry("noChoice", "You have not chosen yet: optional cookies are off"),
            Map.entry("footerPrivacy", "Privacy notice"),
            Map.entry("footerCookies", "Cookies"),
            Map.entry("footerAccessibility", "Accessibility statement"),
            Map.entry("footerContact", "Contact and support"),
            Map.entry("footerRequest", "Make a request about your personal information"),
            Map.entry("footerLinks", "Support links"));

    private static final Map<String, String> WELSH = Map.ofEntries(
            Map.entry("cookies", "Cwcis"),
            Map.entry(
                    "intro",
                    "Ffeiliau bach yw cwcis sy’n cael eu cadw ar eich ffôn, llechen neu gyfrifiadur pan fyddwch yn ymweld"
                            + " â gwefan. Dim ond ei chwcis ei hun y mae Custodia yn eu gosod: nid oes adnoddau gwefannau"
                            + " eraill yn cael eu llwytho ac nid oes neb arall yn gosod cwcis yma."),
            Map.entry(
                    "needed",
                    "Dim ond cwcis hollol angenrheidiol sydd eu hangen ar Custodia i weithio. Maen nhw ymlaen bob amser."),
            Map.entry("name", "Enw"),
            Map.entry("purpose", "Diben"),
            Map.entry("expires", "Yn dod i ben"),
            Map.entry("setBy", "Wedi’i osod gan"),
            Map.entry("us", "Custodia"),
            Map.entry("none", "Nid yw Custodia yn gosod unrhyw gwcis o’r math hwn."),
            Map.entry(
                    "counting",
                    "Mae Custodia yn cyfrif sut mae ei thudalennau’n cael eu defnyddio heb unrhyw gwci: ar ei"
                            + " gweinydd ei hun, yn ôl patrwm cyfeiriad y dudalen, byth pwy ydych chi, eich cyfeiriad IP"
                            + " na’r hyn y gwnaethoch chwilio amdano. Os byddwch yn gwrthod cwcis dewisol, neu os yw eich"
                            + " porwr yn anfon Global Privacy Control, ni chaiff eich ymweliadau eu cyfrif o gwbl."),
            Map.entry("settings", "Newid eich gosodiadau cwcis"),
            Map.entry("question", "Ydych chi eisiau i Custodia gofio eich ID Sefydliad ar y ddyfais hon?"),
            Map.entry("yes", "Ydw"),
            Map.entry("no", "Nac ydw"),
            Map.entry("save", "Cadw gosodiadau cwcis"),
            Map.entry("savedTitle", "Llwyddiant"),
            Map.entry("saved", "Rydych wedi gosod eich dewisiadau cwcis."),
            Map.entry("chooseError", "Dewiswch a ydych eisiau i Custodia gofio eich ID Sefydliad"),
            Map.entry("bannerTitle", "Cwcis ar Custodia"),
            Map.entry("bannerNeeded", "Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio."),
            Map.entry(
                    "bannerOptional",
                    "Hoffem hefyd ddefnyddio cwci dewisol i gofio eich ID Sefydliad ar y ddyfais hon."),
            Map.entry("accept", "Derbyn cwcis dewisol"),
            Map.entry("reject", "Gwrthod cwcis dewisol"),
            Map.entry("view", "Gweld cwcis"),
            Map.entry("acceptedMessage", "Rydych wedi derbyn cwcis dewisol."),
            Map.entry("rejectedMessage", "Rydych wedi gwrthod cwcis dewisol."),
            Map.entry("changeAnyTime", "Gallwch newid eich gosodiadau cwcis ar unrhyw adeg."),
            Map.entry("hide", "Cuddio’r neges cwcis"),
            Map.entry("currentChoice", "Eich dewis presennol"),
            Map.entry("accepted", "Cwcis dewisol wedi’u derbyn"),
            Map.entry("rejected", "Cwcis dewisol wedi’u gwrthod"),
            Map.entry("noChoice", "Nid ydych wedi dewis eto: mae cwcis dewisol i ffwrdd"),
            Map.entry("footerPrivacy", "Hysbysiad preifatrwydd"),
            Map.entry("footerCookies", "Cwcis"),
            Map.entry("footerAccessibility", "Datganiad hygyrchedd"),
            Map.entry("footerContact", "Cysylltu a chymorth"),
            Map.entry("footerRequest", "Gwneud cais am eich gwybodaeth bersonol"),
            Map.entry("footerLinks", "Dolenni cymorth"));

    private CookieText() {}

    static Map<String, String> of(Language language) {
        return language == Language.WELSH ? WELSH : ENGLISH;
    }
}
