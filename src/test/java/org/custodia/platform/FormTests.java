package org.custodia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class FormTests {

    enum Colour {
        RED,
        GREEN,
        BLUE
    }

    private static Form form(String... namesAndValues) {
        var posted = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            posted.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Form(posted);
    }

    @Test
    void textIsTrimmedAndBlankIsNull() {
        Form form = form("name", "  Ada  ", "empty", "   ");
        assertThat(form.text("name")).isEqualTo("Ada");
        assertThat(form.text("empty")).isNull();
        assertThat(form.text("missing")).isNull();
        assertThat(form.get("name")).isEqualTo("  Ada  ");
    }

    @Test
    void checkboxesAndYesNo() {
        Form form = form("tick", "true", "other", "on", "answer", "yes", "no", "no");
        assertThat(form.checked("tick")).isTrue();
        assertThat(form.checked("other")).isFalse();
        assertThat(form.checked("missing")).isFalse();
        assertThat(form.yes("answer")).isTrue();
        assertThat(form.yes("no")).isFalse();
    }

    @Test
    void choicesAreEnumNamesAndUnknownOnesAreLeftOut() {
        Form form = form("one", "GREEN", "bad", "PURPLE", "many", "BLUE", "many", "PINK", "many", "RED");
        assertThat(form.choice("one", Colour.class)).isEqualTo(Colour.GREEN);
        assertThat(form.choice("bad", Colour.class)).isNull();
        assertThat(form.choice("missing", Colour.class)).isNull();
        assertThat(form.choices("many", Colour.class)).containsExactly(Colour.RED, Colour.BLUE);
        assertThat(form.choices("missing", Colour.class)).isEmpty();
        assertThat(form.all("many")).containsExactly("BLUE", "PINK", "RED");
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void identifiers() {
        UUID id = UUID.randomUUID();
        Form form = form("id", id.toString(), "bad", "not-an-id", "ids", id.toString(), "ids", "x", "ids", "");
        assertThat(form.id("id")).isEqualTo(id);
        assertThat(form.id("bad")).isNull();
        assertThat(form.id("missing")).isNull();
        assertThat(form.ids("ids")).containsExactly(id);
        assertThat(form.errors()).isEmpty();
        assertThat(form.id("id", "Enter the reference")).isEqualTo(id);
        assertThat(form.id("missing", "Enter the reference")).isNull();
        assertThat(form.id("bad", "Enter the reference")).isNull();
        assertThat(form.errors()).containsExactly(Map.entry("bad", "Enter the reference"));
    }

    @Test
    void numbersLenientWithoutALabelStrictWithOne() {
        Form form = form("n", " 12 ", "big", "1,200", "bad", "twelve");
        assertThat(form.integer("n")).isEqualTo(12);
        assertThat(form.integer("bad")).isNull();
        assertThat(form.errors()).isEmpty();
        assertThat(form.integer("big", "The number")).isEqualTo(1200);
        assertThat(form.integer("bad", "The number of people")).isNull();
        assertThat(form.errors())
                .containsExactly(Map.entry("bad", "The number of people must be a number, for example 120"));
    }

    @Test
    void penceFromPounds() {
        Form form = form("a", "25", "b", "£25.50", "c", "1,000.05", "d", "1.234", "e", "lots");
        assertThat(form.pence("a")).isEqualTo(2500);
        assertThat(form.pence("b")).isEqualTo(2550);
        assertThat(form.pence("c")).isEqualTo(100005);
        assertThat(form.pence("d")).isNull();
        assertThat(form.pence("e")).isNull();
        assertThat(form.pence("missing")).isNull();
    }

    @Test
    void datesFromThreeBoxes() {
        Form form = form("onDay", "27", "onMonth", " 3 ", "onYear", "2026", "noneDay", "", "noneMonth", " ");
        assertThat(form.date("on", "The date")).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(form.date("none", "The date")).isNull();
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void aDateThatIsNotRealIsTheFieldsErrorWithItsExample() {
        Form form = form("aDay", "31", "aMonth", "2", "aYear", "2026", "bDay", "1", "bYear", "2026");
        assertThat(form.date("a", "The date received")).isNull();
        assertThat(form.date("b", "Date of birth", "27 3 2015")).isNull();
        assertThat(form.date("c", "Date told", "27 3 2015", "x", "1", "2020")).isNull();
        assertThat(form.errors())
                .containsExactly(
                        Map.entry("a", "The date received must be a real date, for example 27 3 2026"),
                        Map.entry("b", "Date of birth must be a real date, for example 27 3 2015"),
                        Map.entry("c", "Date told must be a real date, for example 27 3 2015"));
    }

    @Test
    void realDateIsLenientAndNamesItsBoxes() {
        Form form =
                form("d-day", "1", "d-month", "12", "d-year", "2027", "e-day", "40", "e-month", "1", "e-year", "2027");
        assertThat(form.realDate("d-day", "d-month", "d-year")).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(form.realDate("e-day", "e-month", "e-year")).isNull();
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void dateAndTimeAsUkTime() {
        Form form = form(
                "aDay", "1", "aMonth", "7", "aYear", "2026", "aTime", "2:30pm", "bDay", "1", "bMonth", "1", "bYear",
                "2026", "bTime", "09.05");
        assertThat(form.dateTime("a", "When")).isEqualTo(Instant.parse("2026-07-01T13:30:00Z"));
        assertThat(form.dateTime("b", "When")).isEqualTo(Instant.parse("2026-01-01T09:05:00Z"));
        assertThat(form.dateTime("none", "When")).isNull();
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void dateAndTimeErrors() {
        Form form = form(
                "onlyTimeTime",
                "14:30",
                "noTimeDay",
                "1",
                "noTimeMonth",
                "1",
                "noTimeYear",
                "2026",
                "badTimeDay",
                "1",
                "badTimeMonth",
                "1",
                "badTimeYear",
                "2026",
                "badTimeTime",
                "13pm",
                "badDateDay",
                "x",
                "badDateMonth",
                "1",
                "badDateYear",
                "2026",
                "badDateTime",
                "nonsense");
        assertThat(form.dateTime("onlyTime", "When")).isNull();
        assertThat(form.dateTime("noTime", "When")).isNull();
        assertThat(form.dateTime("badTime", "When")).isNull();
        assertThat(form.dateTime("badDate", "When")).isNull();
        assertThat(form.errors())
                .containsExactly(
                        Map.entry("onlyTime", "When: enter the date as well as the time"),
                        Map.entry("noTime", "When: enter the time, for example 14:30"),
                        Map.entry("badTime", "When: enter a real time, for example 14:30"),
                        Map.entry("badDate", "When must be a real date, for example 27 3 2026"));
    }

    @Test
    void aMomentGoesBackIntoItsBoxes() {
        Form form = new Form()
                .putDateTime("at", Instant.parse("2026-07-01T13:30:00Z"))
                .putDateTime("none", null);
        assertThat(form.get("atDay")).isEqualTo("1");
        assertThat(form.get("atMonth")).isEqualTo("7");
        assertThat(form.get("atYear")).isEqualTo("2026");
        assertThat(form.get("atTime")).isEqualTo("14:30");
        assertThat(form.get("noneDay")).isNull();
    }

    @Test
    void fillingInForAnEditPage() {
        Form form = new Form().put("n", 3).put("none", null).putAll("c", Set.of(Colour.RED));
        assertThat(form.get("n")).isEqualTo("3");
        assertThat(form.get("none")).isNull();
        assertThat(form.all("c")).isEqualTo(List.of("RED"));
    }

    @Test
    void checkStopsAtWhatCouldNotBeReadAndKeepsTheFirstErrorOfAField() {
        Form form = form("n", "x");
        form.check();
        form.integer("n", "The number");
        form.check(false, "n", "Enter a number");
        form.check(true, "m", "Never");
        form.check(false, "m", "Enter m");
        assertThat(form.unreadable()).isTrue();
        assertThatThrownBy(form::check)
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        Map.entry("n", "The number must be a number, for example 120"),
                                        Map.entry("m", "Enter m")));
    }

    @Test
    void unreadableFieldsComeBeforeTheRulesBroken() {
        Form form = form("n", "x");
        form.integer("n", "The number");
        var broken = new InvalidInput(new java.util.LinkedHashMap<>(Map.of("a", "Enter a")));
        var both = new InvalidInput(Map.of("n", "Enter the number"));
        assertThat(form.errorsWith(broken))
                .containsExactly(
                        Map.entry("n", "The number must be a number, for example 120"), Map.entry("a", "Enter a"));
        assertThat(form.errorsWith(both))
                .containsExactly(Map.entry("n", "The number must be a number, for example 120"));
    }
}
