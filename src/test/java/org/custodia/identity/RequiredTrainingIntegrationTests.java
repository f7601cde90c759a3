package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodia.identity.TrainingSteps.DATA_PROTECTION;
import static org.custodia.identity.TrainingSteps.SAFEGUARDING;
import static org.custodia.identity.TrainingSteps.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import org.custodia.identity.internal.RequiredCourses;
import org.custodia.platform.Tenancy;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.OrganisationBuilder;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@CustodiaTest
class RequiredTrainingIntegrationTests {

    /** Registering an organisation emails its first administrator. */
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Organisations registry;

    @Autowired
    RequiredTraining required;

    @Autowired
    RequiredCourses requiredCourses;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    TestOrganisation council;
    TestUser admin;

    @BeforeEach
    void anOrganisationRequiringTheDefaultCourses() {
        council = organisations.organisation();
        admin = organisations.administrator(council);
        as(admin, () -> {
            required.add(DATA_PROTECTION);
            required.add(SAFEGUARDING);
        });
    }

    @Test
    void administratorsChangeTheRequiredCoursesButNeverLeaveNone() {
        assertThat(mvc.post()
                        .uri("/admin/training")
                        .with(csrf())
                        .with(authentication(admin.authentication()))
                        .param("name", "SAFEGUARDING CHILDREN LEVEL 3"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Your organisation already requires this course");
        for (RequiredCourse course : as(admin, () -> required.courses())) {
            mvc.post()
                    .uri("/admin/training/" + course.id() + "/remove")
                    .with(csrf())
                    .with(authentication(admin.authentication()))
                    .exchange();
        }

        assertThat(mvc.get().uri("/api/v1/required-training").with(authentication(admin.authentication())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].name")
                .asArray()
                .hasSize(1);
        assertThat(organisations.auditDetails(council.id(), "required-course.removed"))
                .hasSize(1);
        RequiredCourse last = as(admin, () -> required.courses()).get(0);
        assertThatThrownBy(() -> as(admin, () -> required.remove(last.id())))
                .hasMessage("Your organisation must require at least one course; add another before removing this");
    }

    @Test
    void aNewlyRegisteredOrganisationStartsWithTheDefaultRequiredCourses() {
        var registered = OrganisationBuilder.anOrganisation().registerWith(registry);
        var id = transactions
                .execute(status -> registry.findByCode(registered.code()))
                .orElseThrow()
                .id();

        List<String> courses = transactions.execute(status -> tenancy.callAs(id, () -> requiredCourses.names()));
        assertThat(courses).containsExactlyInAnyOrder(DATA_PROTECTION, SAFEGUARDING);
    }
}
