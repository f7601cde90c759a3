package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class GovernanceDashboardIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEmptyRecordOfProcessingAndDraftActivitiesNeedTheDposAttention() {
        GovernanceApi api = new GovernanceApi(mvc);
        TestOrganisation council = organisations.organisationWithoutRecordOfProcessing();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        assertThat(api.get(dpo, "/data-protection")).bodyText().contains("No processing activities recorded");

        api.adopt(dpo, "LOOKED_AFTER_CHILD");
        assertThat(api.get(dpo, "/data-protection"))
                .bodyText()
                .contains("Looked-after children: care planning and case records")
                .contains("Draft: needs a signed-off DPIA to go live");
    }

    @Test
    void aDpiaReviewShowsWithin30DaysOfItsDateAndIsOverdueAfterIt() {
        GovernanceApi api = new GovernanceApi(mvc);
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        String dpia = api.dpia(dpo, "Pupil census DPIA");
        api.signOff(dpo, dpia, LocalDate.now(UkCalendar.ZONE).plusDays(40));
        assertThat(api.get(dpo, "/data-protection")).bodyText().doesNotContain("DPIA: Pupil census DPIA");

        clock.advance(Duration.ofDays(12));
        assertThat(api.get(dpo, "/data-protection"))
                .bodyText()
                .contains("DPIA: Pupil census DPIA", "Review due", "Due soon");

        clock.advance(Duration.ofDays(30));
        assertThat(api.get(dpo, "/data-protection"))
                .bodyText()
                .contains("DPIA: Pupil census DPIA", "Review overdue", "Overdue");
    }

    @Test
    void aLiveActivityWhoseDpiaReturnsToDraftIsFlagged() {
        GovernanceApi api = new GovernanceApi(mvc);
        TestOrganisation council = organisations.organisationWithoutRecordOfProcessing();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        String dpia = api.dpia(dpo, "Fostering DPIA");
        api.signOff(dpo, dpia, LocalDate.now(UkCalendar.ZONE).plusYears(1));
        String fostering = api.activity(dpo, GovernanceApi.activityJson("Fostering", "PUBLIC_TASK", "[]", dpia));
        assertThat(api.post(dpo, "/api/v1/processing-activities/" + fostering + "/go-live", ""))
                .hasStatusOk();
        assertThat(api.get(dpo, "/data-protection")).bodyText().doesNotContain("no longer signed off");

        assertThat(api.put(dpo, "/api/v1/dpias/" + dpia, """
                        {"title":"Fostering DPIA","screening":["CHILDREN_OR_VULNERABLE"],
                         "processingDescription":"Changed","necessity":"Statutory duty"}""")).hasStatusOk();
        assertThat(api.get(dpo, "/data-protection"))
                .bodyText()
                .contains("Fostering", "Live, but its DPIA is no longer signed off");
    }
}
