package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.identity.TrainingSteps.DATA_PROTECTION;
import static org.custodia.identity.TrainingSteps.SAFEGUARDING;
import static org.custodia.identity.TrainingSteps.as;
import static org.custodia.identity.TrainingSteps.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CustodiaTest
class TrainingRecordsIntegrationTests {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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

    TestOrganisation council;
    TestUser admin;
    TestUser worker;

    @BeforeEach
    void anOrganisationRequiringTheDefaultCourses() {
        council = organisations.organisation();
        admin = organisations.administrator(council);
        worker = organisations.user(council, Role.PRACTITIONER);
        new TrainingSteps(required, training, grants).require(admin, DATA_PROTECTION, SAFEGUARDING);
    }

    MvcTestResult addRecord(String course, String otherCourse, LocalDate completed, String expiresDay) {
        return mvc.post()
                .uri("/admin/users/" + worker.id() + "/training/new")
                .with(csrf())
                .with(authentication(admin.authentication()))
                .param("course", course)
                .param("otherCourse", otherCourse)
                .param("completedOnDay", String.valueOf(completed.getDayOfMonth()))
                .param("completedOnMonth", String.valueOf(completed.getMonthValue()))
                .param("completedOnYear", String.valueOf(completed.getYear()))
                .param("expiresOnDay", expiresDay)
                .param("expiresOnMonth", String.valueOf(completed.getMonthValue()))
                .param("expiresOnYear", String.valueOf(completed.getYear() + 2))
                .exchange();
    }

    @Test
    void anAdministratorAddsAndRemovesTrainingRecordsOnTheUsersPage() {
        LocalDate completed = today().minusMonths(2);
        assertThat(mvc.get()
                        .uri("/admin/users/" + worker.id() + "/training/new")
                        .with(authentication(admin.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains(DATA_PROTECTION, SAFEGUARDING, "Another course");

        assertThat(addRecord(SAFEGUARDING, "", completed, String.valueOf(completed.getDayOfMonth())))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/users/" + worker.id());
        assertThat(addRecord("_another", "Paediatric first aid", completed, "1"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri("/admin/users/" + worker.id()).with(authentication(admin.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains(SAFEGUARDING, "Paediatric first aid", UK_DATE.format(completed), "Not given");
        var records = as(admin, () -> training.of(worker.id()));
        assertThat(records)
                .extracting(TrainingRecord::course)
                .containsExactlyInAnyOrder(SAFEGUARDING, "Paediatric first aid");
        TrainingRecordId firstAid = records.stream()
                .filter(r -> r.course().equals("Paediatric first aid"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(mvc.post()
                        .uri("/admin/users/" + worker.id() + "/training/" + firstAid + "/remove")
                        .with(csrf())
                        .with(authentication(admin.authentication())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(as(admin, () -> training.of(worker.id())))
                .extracting(TrainingRecord::course)
                .containsExactly(SAFEGUARDING);
        assertThat(organisations.auditDetails(council.id(), "training-record.added"))
                .hasSize(2);
        assertThat(organisations.auditDetails(council.id(), "training-record.removed"))
                .containsExactly("SUCCESS:record: " + firstAid);
    }

    @Test
    void theFormNamesEveryMistakeInTheGovUkStyle() {
        assertThat(mvc.post()
                        .uri("/admin/users/" + worker.id() + "/training/new")
                        .with(csrf())
                        .with(authentication(admin.authentication()))
                        .param("completedOnDay", "31")
                        .param("completedOnMonth", "2")
                        .param("completedOnYear", "2026")
                        .param("expiresOnDay", "1")
                        .param("expiresOnYear", "2027"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains(
                        "There is a problem",
                        "Select the course, or select another course and enter its name",
                        "Date completed must be a real date",
                        "Expiry date must include a month");
        LocalDate tomorrow = today().plusDays(1);
        assertThat(addRecord(DATA_PROTECTION, "", tomorrow, String.valueOf(tomorrow.getDayOfMonth())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Date completed must be today or in the past");
        assertThat(addRecord("_another", " ", today(), "1")).bodyText().contains("Enter the name of the course");
        assertThat(as(admin, () -> training.of(worker.id()))).isEmpty();
    }

    @Test
    void theApiAddsAndListsRecordsAndRefusesAnExpiryBeforeCompletion() {
        String api = "/api/v1/users/" + worker.id() + "/training";
        assertThat(mvc.post()
                        .uri(api)
                        .with(csrf())
                        .with(authentication(admin.authentication()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"course\":\"  data protection and   information governance \","
                                + "\"completedOn\":\"2026-01-10\",\"expiresOn\":\"2027-01-10\"}"))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$[0].course")
                .isEqualTo("data protection and information governance");
        assertThat(
                        mvc.post()
                                .uri(api)
                                .with(csrf())
                                .with(authentication(admin.authentication()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"course\":\"First aid\",\"completedOn\":\"2026-01-10\",\"expiresOn\":\"2026-01-10\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType("application/problem+json")
                .bodyJson()
                .extractingPath("$.errors.expiresOn")
                .isEqualTo("Expiry date must be after the date completed");
        assertThat(mvc.get().uri(api).with(authentication(admin.authentication())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].expiresOn")
                .asArray()
                .containsExactly("2027-01-10");
    }
}
