package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.UUID;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.shared.Actor;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@CustodiaTest
class OperatorIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

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

    @Autowired
    JdbcClient jdbc;

    Actor operator;
    String operatorEmail;

    @BeforeEach
    void anOperator() {
        operatorEmail = "op-" + UUID.randomUUID() + "@processor.example";
        var id = transactions.execute(s -> operators.create(
                operatorEmail, "Olu", "Operator", hashing.hash(TestOrganisations.PASSWORD), java.time.Instant.now()));
        operator = Actor.operator(id, "Olu Operator");
    }

    Authentication asOperator() {
        return UsernamePasswordAuthenticationToken.authenticated(
                operator, null, List.of(new SimpleGrantedAuthority(Role.PLATFORM_OPERATOR.authority())));
    }

    @Test
    void anOperatorSignsInWithThePlatformIdAndRegistersAnOrganisationWhoseAdministratorIsInvited() throws Exception {
        assertThat(mvc.post()
                        .uri("/sign-in")
                        .with(csrf())
                        .param("organisationId", "platform")
                        .param("email", operatorEmail)
                        .param("password", TestOrganisations.PASSWORD))
                .hasStatus(HttpStatus.FOUND);
        String code = "N" + UUID.randomUUID().toString().substring(0, 6);

        assertThat(mvc.post()
                        .uri("/operator/organisations/new")
                        .with(csrf())
                        .with(authentication(asOperator()))
                        .param("name", "Northshire Virtual School")
                        .param("code", code)
                        .param("kind", "LOCAL_AUTHORITY")
                        .param("nation", "WALES")
                        .param("firstName", "First")
                        .param("lastName", "Admin")
                        .param("email", "first.admin@northshire.example")
                        .param("jobRole", "Head of virtual school")
                        .param("attestedSixteenOrOver", "true"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mail.getReceivedMessagesForDomain("first.admin@northshire.example"))
                .hasSize(1);
        assertThat(mvc.get().uri("/operator/organisations").with(authentication(asOperator())))
                .bodyText()
                .contains("Northshire Virtual School", code.toUpperCase(), "Wales");
    }

    @Test
    void anOrganisationIdIsUniqueIgnoringCaseAndPlatformIsReserved() {
        TestOrganisation existing = organisations.organisation();
        for (String code : new String[] {existing.code().toLowerCase(), "Platform"}) {
            assertThat(mvc.post()
                            .uri("/api/v1/organisations")
                            .with(csrf())
                            .with(authentication(asOperator()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"organisation":{"name":"Dup","code":"%s","kind":"SCHOOL","nation":"ENGLAND"},
                                     "firstAdministrator":{"firstName":"A","lastName":"B","email":"a@b.example",
                                       "jobRole":"Head","attestedSixteenOrOver":true}}""".formatted(code)))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.errors.code")
                    .isEqualTo("Organisation ID is already in use; choose another");
        }
    }

    @Test
    void anOperatorCanReadNoOrganisationsRecords() {
        TestOrganisation council = organisations.organisation();
        organisations.user(council, Role.PRACTITIONER);

        assertThat(mvc.get().uri("/admin/users").with(authentication(asOperator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/users").with(authentication(asOperator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        // Even code that forgot every check sees nothing in the operator's context: RLS decides.
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(asOperator());
        try {
            Long users = transactions.execute(s ->
                    jdbc.sql("select count(*) from users").query(Long.class).single());
            Long audit = transactions.execute(
                    s -> jdbc.sql("select count(*) from audit_entries where organisation_id" + " is not null")
                            .query(Long.class)
                            .single());
            assertThat(users).isZero();
            assertThat(audit).isZero();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void organisationUsersCannotUseOperatorPages() {
        var admin = organisations.administrator(organisations.organisation());
        assertThat(mvc.get().uri("/operator/organisations").with(authentication(admin.authentication())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/organisations").with(authentication(admin.authentication())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
