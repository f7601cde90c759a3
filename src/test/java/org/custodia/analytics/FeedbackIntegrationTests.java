package org.custodia.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.UUID;
import org.custodia.shared.Role;
import org.custodia.testing.Actors;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback is kept without identity unless the user ticked "you may contact me"; only operators read
 * it, and reading it is audited.
 */
@CustodiaTest
class FeedbackIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void feedbackIsAnonymousUnlessTheUserAsksToBeContacted() {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        String anonymous = "Public comment " + UUID.randomUUID();
        String contactable = "Please call me " + UUID.randomUUID();

        assertThat(mvc.post()
                        .uri("/feedback")
                        .with(csrf())
                        .param("journey", "rights-request")
                        .param("satisfaction", "SATISFIED")
                        .param("comments", anonymous))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/feedback/thanks");
        assertThat(mvc.post()
                        .uri("/feedback")
                        .with(csrf())
                        .with(authentication(practitioner.authentication()))
                        .param("journey", "footer")
                        .param("satisfaction", "VERY_DISSATISFIED")
                        .param("comments", contactable)
                        .param("mayContact", "true"))
                .hasStatus3xxRedirection();

        Map<String, Object> publicRow = row(anonymous);
        assertThat(publicRow.get("organisation_id")).isNull();
        assertThat(publicRow.get("contact_user_id")).isNull();
        assertThat(publicRow.get("journey")).isEqualTo("RIGHTS_REQUEST");
        Map<String, Object> signedIn = row(contactable);
        assertThat(signedIn.get("organisation_id")).isEqualTo(council.id().value());
        assertThat(signedIn.get("contact_user_id")).isEqualTo(practitioner.id().value());
        assertThat(signedIn.get("contact_email")).isEqualTo(practitioner.email());

        assertThat(mvc.get().uri("/operator/feedback").with(Actors.anOperator().onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains(anonymous, contactable, practitioner.email(), "After making a request");
        assertThat(mvc.get()
                        .uri("/operator/feedback")
                        .with(Actors.anAdministrator().of(council.id()).onRequest()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/operator/feedback").with(authentication(practitioner.authentication())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRatingIsRequiredAndTheCommentsHaveALimitAndNothingIsHalfWritten() {
        String comment = "No rating " + UUID.randomUUID();
        assertThat(mvc.post().uri("/feedback").with(csrf()).param("comments", comment))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Select how you feel about the service", comment);
        assertThat(mvc.post()
                        .uri("/feedback")
                        .with(csrf())
                        .param("satisfaction", "SATISFIED")
                        .param("comments", "x".repeat(Feedback.MAX_COMMENTS + 1)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Comments must be 1200 characters or fewer");
        assertThat(mvc.post()
                        .uri("/feedback")
                        .with(csrf())
                        .param("satisfaction", "SATISFIED")
                        .param("comments", comment)
                        .param("mayContact", "true"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Sign in to be contacted");
        Long kept = transactions.execute(s -> jdbc.sql("select count(*) from feedback where comments = :c")
                .param("c", comment)
                .query(Long.class)
                .single());
        assertThat(kept).isZero();
    }

    private Map<String, Object> row(String comments) {
        return transactions.execute(status -> jdbc.sql("select * from feedback where comments = :c")
                .param("c", comments)
                .query()
                .singleRow());
    }
}
