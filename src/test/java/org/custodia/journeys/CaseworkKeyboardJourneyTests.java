package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.CaseworkSteps.as;
import static org.custodia.journeys.CaseworkSteps.child;
import static org.custodia.journeys.CaseworkSteps.tabTo;
import static org.custodia.journeys.CaseworkSteps.today;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.shared.Role;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding a child and recording attendance with the keyboard alone: Tab, typing and Enter, no mouse. */
@JourneyTest
class CaseworkKeyboardJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    People people;

    @Autowired
    Cases cases;

    @Test
    void aPractitionerFindsAChildAndRecordsAttendanceWithTheKeyboardAlone(Page page) {
        TestUser practitioner = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        as(practitioner, () -> {
            PersonId ella = people.register(child("Ella", "Marchbank", LocalDate.of(2016, 4, 9)));
            cases.open(CaseType.LOOKED_AFTER_CHILD, ella, null);
        });
        CaseworkSteps.signIn(page, practitioner);
        page.navigate("/cases");
        Keyboard keyboard = page.keyboard();

        tabTo(page, page.getByLabel("Find a person"));
        keyboard.type("Elle Marchbanks");
        keyboard.press("Enter");
        assertThat(heading(page)).hasText("Find a person");
        tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ella Marchbank")));
        keyboard.press("Enter");
        assertThat(heading(page)).hasText("Ella Marchbank");
        tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Looked-after child")));
        keyboard.press("Enter");
        assertThat(page.locator(".govuk-caption-l")).hasText("Looked-after child");

        tabTo(page, page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)));
        CaseworkSteps.typeDate(page, today());
        // Chromium's date field has a calendar button of its own: Tab stops there before the session.
        tabTo(page, page.getByLabel("Session"));
        keyboard.type("Afternoon");
        tabTo(page, page.getByLabel("Mark"));
        keyboard.type("I");
        tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record attendance mark")));
        keyboard.press("Enter");

        assertThat(successBanner(page)).containsText("Attendance mark recorded");
        assertThat(page.getByRole(AriaRole.TABLE).locator("tbody tr"))
                .hasText(
                        new String[] {
                            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                                            .format(today()) + " Afternoon I – Illness"
                        },
                        new LocatorAssertions.HasTextOptions().setUseInnerText(true));
    }
}
