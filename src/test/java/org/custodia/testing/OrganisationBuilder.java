package org.custodia.testing;

import java.util.List;
import java.util.UUID;
import org.custodia.identity.NewOrganisation;
import org.custodia.identity.OrganisationKind;
import org.custodia.identity.Organisations;
import org.custodia.identity.UserDetails;
import org.custodia.shared.Actor;
import org.custodia.shared.Nation;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** An organisation with its own Organisation ID, registered as a platform operator would. */
public final class OrganisationBuilder {

    private String name = "Northshire County Council";
    private boolean twoFactorRequired;
    private UserBuilder administrator = UserBuilder.aUser().named("Grace", "Adeyemi");

    private OrganisationBuilder() {}

    public static OrganisationBuilder anOrganisation() {
        return new OrganisationBuilder();
    }

    public OrganisationBuilder named(String name) {
        this.name = name;
        return this;
    }

    public OrganisationBuilder requiringTwoFactor() {
        this.twoFactorRequired = true;
        return this;
    }

    public OrganisationBuilder administeredBy(UserBuilder administrator) {
        this.administrator = administrator;
        return this;
    }

    /** Registers it through the application, which emails its first administrator an invitation. */
    public RegisteredOrganisation registerWith(Organisations organisations) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UserDetails firstAdministrator = administrator.build();
        Actor operator = Actor.operator(UserId.random(), "Test operator");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        operator, null, List.of(new SimpleGrantedAuthority(Role.PLATFORM_OPERATOR.authority()))));
        try {
            organisations.register(
                    new NewOrganisation(
                            name, code, OrganisationKind.LOCAL_AUTHORITY, Nation.ENGLAND, twoFactorRequired),
                    firstAdministrator);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new RegisteredOrganisation(code, name, firstAdministrator);
    }

    /** What a test needs to know about an organisation it registered. */
    public record RegisteredOrganisation(String code, String name, UserDetails administrator) {}
}
