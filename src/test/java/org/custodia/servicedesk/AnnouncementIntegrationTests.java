package org.custodia.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.servicedesk.ServiceDeskSteps.get;
import static org.custodia.servicedesk.ServiceDeskSteps.post;

import java.time.LocalDate;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.servicedesk.ServiceDeskSteps.Operator;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** An announcement to one organisation: its users see the banner and its administrators the history; no one else. */
@CustodiaTest
class AnnouncementIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    PlatformOperators operators;

    @Autowired
    PasswordHashing hashing;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAnnouncementReachesTheChosenOrganisationOnly() {
        TestOrganisation affected = organisations.organisation();
        TestOrganisation other = organisations.organisation();
        TestUser practitioner = organisations.user(affected, Role.PRACTITIONER);
        TestUser administrator = organisations.administrator(affected);
        TestUser otherAdministrator = organisations.administrator(other);
        Operator desk = new ServiceDeskSteps(operators, hashing, transactions).operator();
        LocalDate today = LocalDate.now();
        LocalDate tomorrow = today.plusDays(1);
        String title = "Letters delayed " + affected.code();

        assertThat(post(mvc, desk.authentication(), "/operator/announcements", "title", "", "organisations", "NOPE"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Enter a title", "NOPE is not");
        assertThat(post(
                        mvc,
                        desk.authentication(),
                        "/operator/announcements",
                        "title",
                        title,
                        "body",
                        "Letters are sent an hour late while we fix a fault.",
                        "severity",
                        "INCIDENT",
                        "startsAtDay",
                        "" + today.minusDays(1).getDayOfMonth(),
                        "startsAtMonth",
                        "" + today.minusDays(1).getMonthValue(),
                        "startsAtYear",
                        "" + today.minusDays(1).getYear(),
                        "startsAtTime",
                        "09:00",
                        "endsAtDay",
                        "" + tomorrow.plusDays(1).getDayOfMonth(),
                        "endsAtMonth",
                        "" + tomorrow.plusDays(1).getMonthValue(),
                        "endsAtYear",
                        "" + tomorrow.plusDays(1).getYear(),
                        "endsAtTime",
                        "17:00",
                        "organisations",
                        affected.code()))
                .hasStatus3xxRedirection();

        assertThat(get(mvc, practitioner.authentication(), "/support"))
                .bodyText()
                .contains(title);
        assertThat(get(mvc, administrator.authentication(), "/announcements"))
                .bodyText()
                .contains(title);
        assertThat(get(mvc, otherAdministrator.authentication(), "/support"))
                .bodyText()
                .doesNotContain(title);
        assertThat(get(mvc, otherAdministrator.authentication(), "/announcements"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(title);
        assertThat(get(mvc, practitioner.authentication(), "/announcements")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(mvc, administrator.authentication(), "/operator/announcements"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(mvc, desk.authentication(), "/operator/announcements"))
                .bodyText()
                .contains(title, "Test council " + affected.code());
    }
}
