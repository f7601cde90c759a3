package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.identity.TrainingSteps.DATA_PROTECTION;
import static org.custodia.identity.TrainingSteps.as;
import static org.custodia.identity.TrainingSteps.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Who may reach the training and grant pages and endpoints, and what another organisation sees. */
@CustodiaTest
class TrainingAndGrantPermissionsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    RequiredTraining required;

    @Autowired
    UserTraining training;

    @Autowired
    SensitiveDataGrants grants;

    TrainingSteps steps;
    TestOrganisation council;
    TestUser admin;
    TestUser holder;
    TrainingRecordId record;
    RequiredCourseId course;

    @BeforeEach
    void anOrganisationWithAHolder() {
        steps = new TrainingSteps(required, training, grants);
        council = organisations.organisation();
        admin = organisations.administrator(council);
        holder = organisations.user(council, Role.PRACTITIONER);
        steps.require(admin, DATA_PROTECTION, "Information security");
        record = steps.trained(admin, holder, DATA_PROTECTION, 300);
        steps.trained(admin, holder, "Information security", 300);
        as(admin, () -> grants.grant(holder.id(), "Works on the children in care team"));
        course = as(admin, () -> required.courses()).get(1).id();
    }

    /** Every new page and endpoint that names a user, a record or a course, as method, path and form. */
    List<Request> namingOrganisationAsObjects() {
        String user = "/admin/users/" + holder.id();
        String api = "/api/v1/users/" + holder.id();
        return List.of(
                Request.page(HttpMethod.GET, user + "/training/new"),
                Request.page(HttpMethod.POST, user + "/training/new", "course", DATA_PROTECTION),
                Request.page(HttpMethod.POST, user + "/training/" + record + "/remove"),
                Request.page(HttpMethod.GET, user + "/sensitive-data-grant"),
                Request.page(HttpMethod.POST, user + "/sensitive-data-grant", "reason", "Taking over"),
                Request.page(HttpMethod.POST, user + "/sensitive-data-grant/revoke", "reason", "Taking over"),
                Request.page(HttpMethod.POST, "/admin/training/" + course + "/remove"),
                Request.json(HttpMethod.GET, api + "/training", null),
                Request.json(
                        HttpMethod.POST,
                        api + "/training",
                        "{\"course\":\"X\",\"completedOn\":\"" + today() + "\",\"expiresOn\":\"" + today().plusYears(1)
                                + "\"}"),
                Request.json(HttpMethod.DELETE, api + "/training/" + record, null),
                Request.json(HttpMethod.GET, api + "/sensitive-data-grant", null),
                Request.json(HttpMethod.POST, api + "/sensitive-data-grant", "{\"reason\":\"Taking over\"}"),
                Request.json(HttpMethod.POST, api + "/sensitive-data-grant/revocation", "{\"reason\":\"Taking over\"}"),
                Request.json(HttpMethod.DELETE, "/api/v1/required-training/" + course, null));
    }

    /** The pages and endpoints about the organisation as a whole. */
    List<Request> organisationWide() {
        return List.of(
                Request.page(HttpMethod.GET, "/admin/training"),
                Request.page(HttpMethod.POST, "/admin/training", "name", "First aid"),
                Request.page(HttpMethod.GET, "/sensitive-data-grants"),
                Request.json(HttpMethod.GET, "/api/v1/required-training", null),
                Request.json(HttpMethod.POST, "/api/v1/required-training", "{\"name\":\"First aid\"}"),
                Request.json(HttpMethod.GET, "/api/v1/sensitive-data-grants", null));
    }

    @Test
    void practitionersAreRefusedEveryTrainingAndGrantPageAndEndpoint() {
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);

        for (Request request : concat(namingOrganisationAsObjects(), organisationWide())) {
            assertThat(request.send(mvc, practitioner.authentication()))
                    .as(request.toString())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(as(admin, () -> grants.holders())).hasSize(1);
        assertThat(as(admin, () -> required.courses())).hasSize(2);
    }

    @Test
    void dataProtectionOfficersSeeTheHoldersButChangeNothing() {
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);

        for (Request request : concat(namingOrganisationAsObjects(), organisationWide())) {
            HttpStatus expected =
                    request.path().endsWith("/sensitive-data-grants") ? HttpStatus.OK : HttpStatus.FORBIDDEN;
            assertThat(request.send(mvc, dpo.authentication()))
                    .as(request.toString())
                    .hasStatus(expected);
        }
    }

    @Test
    void anotherOrganisationsAdministratorFindsNoneOfItsUsersRecordsOrCourses() {
        TestUser intruder = organisations.administrator(organisations.organisation());

        for (Request request : namingOrganisationAsObjects()) {
            assertThat(request.send(mvc, intruder.authentication()))
                    .as(request.toString())
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.get().uri("/api/v1/sensitive-data-grants").with(authentication(intruder.authentication())))
                .hasStatusOk()
                .bodyText()
                .isEqualTo("[]");
        assertThat(as(admin, () -> training.of(holder.id()))).hasSize(2);
        assertThat(as(admin, () -> grants.statusOf(holder.id()).granted())).isTrue();
        assertThat(as(admin, () -> required.courses())).hasSize(2);
    }

    @Test
    void aRecordOfAnotherOrganisationCannotBeRemovedThroughOneOfOwnUsers() {
        TestOrganisation other = organisations.organisation();
        TestUser intruder = organisations.administrator(other);
        TestUser ownUser = organisations.user(other, Role.PRACTITIONER);

        assertThat(mvc.post()
                        .uri("/admin/users/" + ownUser.id() + "/training/" + record + "/remove")
                        .with(csrf())
                        .with(authentication(intruder.authentication())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.delete()
                        .uri("/api/v1/users/" + ownUser.id() + "/training/" + record)
                        .with(csrf())
                        .with(authentication(intruder.authentication())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as(admin, () -> training.of(holder.id())))
                .extracting(TrainingRecord::id)
                .contains(record);
    }

    private static List<Request> concat(List<Request> first, List<Request> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    /** One request to send as different people: a form post for pages, JSON for the API. */
    record Request(HttpMethod method, String path, Map<String, String> form, String json) {

        static Request page(HttpMethod method, String path, String... formFields) {
            Map<String, String> form = new LinkedHashMap<>();
            for (int i = 0; i < formFields.length; i += 2) {
                form.put(formFields[i], formFields[i + 1]);
            }
            return new Request(method, path, form, null);
        }

        static Request json(HttpMethod method, String path, String json) {
            return new Request(method, path, Map.of(), json);
        }

        MvcTestResult send(MockMvcTester mvc, Authentication as) {
            var request = mvc.method(method).uri(path).with(csrf()).with(authentication(as));
            form.forEach(request::param);
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json);
            }
            return request.exchange();
        }
    }
}
