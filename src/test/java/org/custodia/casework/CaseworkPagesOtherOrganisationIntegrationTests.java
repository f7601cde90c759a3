package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every casework page that names a person, a case or a break-glass opening is "not found" to another organisation. */
@CustodiaTest
class CaseworkPagesOtherOrganisationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void anotherOrganisationsPractitionerFindsNoneOfThePages() throws Exception {
        CaseworkApi api = new CaseworkApi(mvc);
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        String child = api.child(practitioner, "Lily", "Evans", "2013-06-01");
        String other = api.child(practitioner, "Rose", "Evans", "1985-02-02");
        String lac = api.openCase(practitioner, "LOOKED_AFTER_CHILD", child);
        String pupil = api.openCase(practitioner, "PUPIL", child);
        String review = api.openCase(practitioner, "CHILD_DEATH_REVIEW", other);
        TestUser outsider = organisations.user(organisations.organisation(), Role.PRACTITIONER);

        String[] pages = {
            "/people/" + child,
            "/cases/" + lac,
            "/cases/" + lac + "/people",
            "/cases/" + lac + "/visits/new",
            "/cases/" + lac + "/placements/new",
            "/cases/" + lac + "/pep-meetings/new",
            "/cases/" + pupil + "/enrolments/new",
            "/cases/" + pupil + "/sen-status/new",
            "/cases/" + review + "/death-notification/new",
            "/cases/" + review + "/agencies/new",
            "/cases/" + review + "/death-analysis/new",
            "/cases/" + review + "/ncmd-submission/new"
        };
        for (String page : pages) {
            assertThat(api.get(outsider, page)).as("GET " + page).hasStatus(HttpStatus.NOT_FOUND);
        }
        String[][] forms = {
            {"/people/" + child + "/sensitive", "category", "ETHNICITY", "value", "x"},
            {"/people/" + child + "/relationships", "kind", "PARENT", "related", other},
            {"/people/" + child + "/cases", "type", "PUPIL", "x", "x"},
            {"/cases/" + lac + "/break-glass", "reason", "I would like to see this case please", "x", "x"},
            {"/cases/" + lac + "/close", "x", "x", "x", "x"},
            {"/cases/" + lac + "/notes", "text", "A note", "x", "x"},
            {"/cases/" + lac + "/attendance", "date", "2026-11-02", "code", "ILLNESS"},
            {"/cases/" + lac + "/team", "user", outsider.id().toString(), "x", "x"},
            {"/cases/" + lac + "/participants", "person", other, "role", "Aunt"},
            {"/cases/" + lac + "/visits/new", "visitor", "x", "location", "y"},
            {"/cases/" + lac + "/placements/new", "type", "FOSTER_CARE", "x", "x"},
            {"/cases/" + lac + "/pep-meetings/new", "attendees", "x", "x", "x"},
            {"/cases/" + pupil + "/enrolments/new", "school", "x", "x", "x"},
            {"/cases/" + pupil + "/sen-status/new", "status", "SEN_SUPPORT", "x", "x"},
            {"/cases/" + review + "/death-notification/new", "place", "HOSPITAL", "x", "x"},
            {"/cases/" + review + "/agencies/new", "agency", "Police", "x", "x"},
            {"/cases/" + review + "/death-analysis/new", "category", "INFECTION", "x", "x"},
            {"/cases/" + review + "/ncmd-submission/new", "status", "SUBMITTED", "x", "x"}
        };
        for (String[] form : forms) {
            assertThat(mvc.post()
                            .uri(form[0])
                            .with(csrf())
                            .with(authentication(outsider.authentication()))
                            .param(form[1], form[2])
                            .param(form[3], form[4]))
                    .as("POST " + form[0])
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void anotherOrganisationsDpoCannotReviewABreakGlassOpening() throws Exception {
        CaseworkApi api = new CaseworkApi(mvc);
        TestOrganisation council = organisations.organisation();
        TestUser allocated = organisations.user(council, Role.PRACTITIONER);
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        String lac = api.openCase(allocated, "LOOKED_AFTER_CHILD", api.child(allocated, "Lily", "Evans", "2013-06-01"));
        api.post(colleague, "/api/v1/cases/" + lac + "/break-glass", "{\"reason\":\"Covering the duty desk today\"}");
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        Matcher override = Pattern.compile("/break-glass-reviews/([0-9a-f-]{36})")
                .matcher(api.get(dpo, "/break-glass-reviews").getResponse().getContentAsString());
        assertThat(override.find()).isTrue();
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);

        assertThat(api.get(otherDpo, "/break-glass-reviews")).bodyText().doesNotContain(override.group(1));
        assertThat(mvc.post()
                        .uri("/break-glass-reviews/" + override.group(1))
                        .with(csrf())
                        .with(authentication(otherDpo.authentication()))
                        .param("justified", "true"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(dpo, "/break-glass-reviews")).bodyText().contains(override.group(1));
    }
}
