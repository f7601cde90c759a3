package org.custodia.testing;

import java.util.EnumSet;
import java.util.Set;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in people for tests, without going through sign-in: {@code anAdministrator().of(org)} then
 * {@code .onRequest()} for MockMvc, or {@code try (var signedIn = ...signIn())} around service calls.
 */
public final class Actors {

    private Actors() {}

    public static Builder anAdministrator() {
        return new Builder(Role.ORGANISATION_ADMINISTRATOR);
    }

    public static Builder aDataProtectionOfficer() {
        return new Builder(Role.DATA_PROTECTION_OFFICER);
    }

    public static Builder aPractitioner() {
        return new Builder(Role.PRACTITIONER);
    }

    public static Builder anOperator() {
        return new Builder(Role.PLATFORM_OPERATOR);
    }

    public static final class Builder {
        private final Set<Role> roles;
        private final UserId id = UserId.random();
        private OrganisationId organisation;
        private String name;

        private Builder(Role role) {
            this.roles = EnumSet.of(role);
            this.name = "Test " + role.label();
        }

        public Builder of(OrganisationId organisation) {
            this.organisation = organisation;
            return this;
        }

        public Builder named(String name) {
            this.name = name;
            return this;
        }

        public Builder alsoA(Role role) {
            roles.add(role);
            return this;
        }

        /** The same actor (same id) however often it is asked for. */
        public Actor actor() {
            return new Actor(id, organisation, name, roles);
        }

        public Authentication authentication() {
            return UsernamePasswordAuthenticationToken.authenticated(
                    actor(),
                    null,
                    roles.stream()
                            .map(role -> new SimpleGrantedAuthority(role.authority()))
                            .toList());
        }

        /** For MockMvc: {@code mvc.get().uri("/audit").with(anAdministrator().of(org).onRequest())}. */
        public RequestPostProcessor onRequest() {
            return SecurityMockMvcRequestPostProcessors.authentication(authentication());
        }

        /** Signs in on this thread until the returned handle is closed. */
        public SignedIn signIn() {
            SecurityContextHolder.getContext().setAuthentication(authentication());
            return new SignedIn(actor());
        }
    }

    /** Closing it signs the thread out again. */
    public record SignedIn(Actor actor) implements AutoCloseable {
        @Override
        public void close() {
            SecurityContextHolder.clearContext();
        }
    }
}
