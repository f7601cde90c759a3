package org.custodia.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@CustodiaTest
class MarketingPreferencesIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    MarketingPreferences preferences;

    @Autowired
    PlatformOperators operators;

    @Autowired
    PasswordHashing hashing;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    static final String URI = "/api/v1/account/marketing-preferences";

    @Test
    void everyChannelIsOffUntilTheUserTurnsItOn() {
        ConsentSteps steps = new ConsentSteps(mvc);
        TestUser user = organisations.user(organisations.organisation(), Role.PRACTITIONER);

        assertThat(steps.get(user, URI)).bodyJson().isLenientlyEqualTo("""
                        {"email":false,"phone":false,"text":false,"post":false,"history":[]}""");
        for (MarketingChannel channel : MarketingChannel.values()) {
            assertThat(mayContact(user, channel)).as(channel.name()).isFalse();
        }
        assertThat(steps.get(user, "/account/marketing"))
                .hasStatus(HttpStatus.OK)
                .bodyText()
                .contains("None yet: every way of contacting you is off")
                .doesNotContain("checked");
    }

    @Test
    void theUserChangesTheirMindAtAnyTimeAndEveryChangeIsKeptAndAudited() {
        ConsentSteps steps = new ConsentSteps(mvc);
        TestUser user = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);

        assertThat(steps.put(user, URI, """
                        {"email":true,"post":true}""")).bodyJson().isLenientlyEqualTo("""
                        {"email":true,"phone":false,"text":false,"post":true}""");
        assertThat(mayContact(user, MarketingChannel.EMAIL)).isTrue();
        assertThat(mayContact(user, MarketingChannel.TEXT)).isFalse();

        assertThat(steps.form(user, "/account/marketing", "channels", "POST"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/account/marketing");
        assertThat(mayContact(user, MarketingChannel.EMAIL)).isFalse();
        assertThat(mayContact(user, MarketingChannel.POST)).isTrue();
        assertThat(steps.put(user, URI, "{\"post\":true}")).hasStatus(HttpStatus.OK);

        List<String> history = ConsentSteps.value(steps.get(user, URI), "$.history[*].channel");
        assertThat(history).containsExactly("EMAIL", "POST", "EMAIL");
        List<Boolean> states = ConsentSteps.value(steps.get(user, URI), "$.history[*].optedIn");
        assertThat(states).containsExactly(false, true, true);
        assertThat(organisations.auditDetails(user.organisation(), "marketing-preferences.changed"))
                .containsExactly("SUCCESS:channels: EMAIL,POST", "SUCCESS:channels: EMAIL");
        assertThat(steps.put(user, URI, "{\"email\":\"perhaps\"}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void productNewsReachesOnlyActiveUsersWhoOptedInToEmail() {
        ConsentSteps steps = new ConsentSteps(mvc);
        TestOrganisation council = organisations.organisation();
        TestOrganisation school = organisations.organisation();
        TestUser keen = organisations.user(council, Role.PRACTITIONER);
        TestUser changedTheirMind = organisations.user(school, Role.PRACTITIONER);
        TestUser postOnly = organisations.user(school, Role.DATA_PROTECTION_OFFICER);
        TestUser neverAsked = organisations.user(council, Role.ORGANISATION_ADMINISTRATOR);
        steps.put(keen, URI, "{\"email\":true}");
        steps.put(changedTheirMind, URI, "{\"email\":true}");
        steps.put(changedTheirMind, URI, "{\"email\":false}");
        steps.put(postOnly, URI, "{\"post\":true}");

        assertThat(mvc.post()
                        .uri("/operator/product-news")
                        .with(csrf())
                        .with(authentication(operator()))
                        .param("subject", "Custodia now exports PDFs")
                        .param("message", "Case records can now be exported."))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/operator/product-news");

        assertThat(mail.getReceivedMessagesForDomain(keen.email())).hasSize(1);
        assertThat(mail.getReceivedMessagesForDomain(changedTheirMind.email())).isEmpty();
        assertThat(mail.getReceivedMessagesForDomain(postOnly.email())).isEmpty();
        assertThat(mail.getReceivedMessagesForDomain(neverAsked.email())).isEmpty();
        List<String> sent = transactions.execute(s -> tenancy.callAs(
                null,
                () -> jdbc.sql("select detail from audit_entries where action = 'product-news.sent' order by sequence")
                        .query(String.class)
                        .list()));
        assertThat(sent).last().asString().startsWith("recipients: ");
    }

    @Test
    void anOrganisationsUsersCannotReadTheRecipientsAndOperatorsHaveNoMarketingPage() {
        TestUser user = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        new ConsentSteps(mvc).put(user, URI, "{\"email\":true}");

        List<String> seenByAnOrganisation = transactions.execute(s -> tenancy.callAs(
                user.organisation(),
                () -> jdbc.sql("select email from marketing_email_recipients()")
                        .query(String.class)
                        .list()));
        assertThat(seenByAnOrganisation).isEmpty();
        List<String> seenByTheProcessor = transactions.execute(s -> tenancy.callAs(
                null,
                () -> jdbc.sql("select email from marketing_email_recipients()")
                        .query(String.class)
                        .list()));
        assertThat(seenByTheProcessor).contains(user.email());

        assertThat(mvc.get().uri("/account/marketing").with(authentication(operator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(URI).with(authentication(operator()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/operator/product-news").with(authentication(operator())))
                .hasStatus(HttpStatus.OK)
                .bodyText()
                .contains("Send product news");
        assertThat(mvc.post()
                        .uri("/operator/product-news")
                        .with(csrf())
                        .with(authentication(operator()))
                        .param("subject", "")
                        .param("message", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter a subject", "Enter the message");
    }

    private boolean mayContact(TestUser user, MarketingChannel channel) {
        SecurityContextHolder.getContext().setAuthentication(user.authentication());
        try {
            return preferences.mayContact(user.id(), channel);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Authentication operator() {
        String email = "op-" + UUID.randomUUID() + "@processor.example";
        var id = transactions.execute(s ->
                operators.create(email, "Olu", "Operator", hashing.hash(TestOrganisations.PASSWORD), Instant.now()));
        return UsernamePasswordAuthenticationToken.authenticated(
                Actor.operator(id, "Olu Operator"),
                null,
                List.of(new SimpleGrantedAuthority(Role.PLATFORM_OPERATOR.authority())));
    }
}
