package org.custodia.servicedesk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.shared.Actor;
import org.custodia.shared.Role;
import org.custodia.testing.TestOrganisations;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** What the service desk tests do again and again: make an operator, raise a request, post a form. */
public class ServiceDeskSteps {

    private final PlatformOperators operators;
    private final PasswordHashing hashing;
    private final TransactionTemplate transactions;

    public ServiceDeskSteps(PlatformOperators operators, PasswordHashing hashing, TransactionTemplate transactions) {
        this.operators = operators;
        this.hashing = hashing;
        this.transactions = transactions;
    }

    /** An operator who can sign in with the test password; {@code email} names them. */
    public record Operator(Actor actor, String email) {

        public Authentication authentication() {
            return UsernamePasswordAuthenticationToken.authenticated(
                    actor, null, List.of(new SimpleGrantedAuthority(Role.PLATFORM_OPERATOR.authority())));
        }
    }

    public Operator operator() {
        String email = "desk-" + UUID.randomUUID().toString().substring(0, 8) + "@processor.example";
        var id = transactions.execute(
                s -> operators.create(email, "Dee", "Desk", hashing.hash(TestOrganisations.PASSWORD), Instant.now()));
        return new Operator(Actor.operator(id, "Dee Desk"), email);
    }

    public static MvcTestResult raise(MockMvcTester mvc, Authentication who, String subject, String description) {
        return mvc.post()
                .uri("/api/v1/support-requests")
                .with(csrf())
                .with(authentication(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\": \"" + subject + "\", \"description\": \"" + description + "\"}")
                .exchange();
    }

    public static UUID raised(MockMvcTester mvc, Authentication who, String subject, String description) {
        MvcTestResult result = raise(mvc, who, subject, description);
        try {
            return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MvcTestResult post(MockMvcTester mvc, Authentication who, String uri, String... fields) {
        var request = mvc.post().uri(uri).with(csrf()).with(authentication(who));
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    public static MvcTestResult get(MockMvcTester mvc, Authentication who, String uri) {
        return mvc.get().uri(uri).with(authentication(who)).exchange();
    }
}
