package org.custodia.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.RequiredCourses;
import org.custodia.identity.internal.UserAdministrationSteps;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.Nation;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The controllers on the platform: operators register them; their administrators set them up. */
@Component
public class Organisations {

    /** Reserved at sign-in for platform operators, who belong to no organisation. */
    public static final String PLATFORM_CODE = "PLATFORM";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,20}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final Tenancy tenancy;
    private final UserAdministrationSteps users;
    private final RequiredCourses requiredCourses;

    Organisations(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            Tenancy tenancy,
            UserAdministrationSteps users,
            RequiredCourses requiredCourses) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.tenancy = tenancy;
        this.users = users;
        this.requiredCourses = requiredCourses;
    }

    /**
     * Registers a controller and invites its first administrator, who sets their own password. The
     * organisation starts with the default courses required for sensitive-data grants.
     */
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public OrganisationId register(NewOrganisation organisation, UserDetails firstAdministrator) {
        Actor operator = Tenancy.currentActor().orElseThrow();
        checkNew(organisation);
        OrganisationId id = OrganisationId.random();
        jdbc.sql("insert into organisations (id, code, name, kind, nation, mfa_required, created_at,"
                        + " created_by_operator) values (:id, :code, :name, :kind, :nation, :mfa, :at, :operator)")
                .param("id", id.value())
                .param("code", organisation.code().trim().toUpperCase(Locale.ROOT))
                .param("name", organisation.name().trim())
                .param("kind", organisation.kind().name())
                .param("nation", organisation.nation().name())
                .param("mfa", organisation.mfaRequired())
                .param("at", Timestamp.from(clock.instant()))
                .param("operator", operator.id().value())
                .update();
        audit.record(AuditRecord.of("organisation.registered", Outcome.SUCCESS).about("organisation", id));
        UserDetails administrator = withRole(firstAdministrator, Role.ORGANISATION_ADMINISTRATOR);
        // The operator writes the first account into the new organisation; it can read nothing there.
        tenancy.runAs(id, () -> {
            users.invite(administrator, null, operator.id(), id, organisation.code());
            requiredCourses.addDefaults(id);
        });
        return id;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public List<Organisation> all() {
        return jdbc.sql("select * from organisations order by name")
                .query(this::map)
                .list();
    }

    /** Resolves the Organisation ID typed at sign-in, ignoring case. */
    @Transactional(readOnly = true)
    public Optional<Organisation> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from organisations where upper(code) = upper(:code)")
                .param("code", code.trim())
                .query(this::map)
                .optional();
    }

    /** The signed-in user's own organisation. */
    @Transactional(readOnly = true)
    public Organisation current() {
        OrganisationId id = Tenancy.current().orElseThrow(() -> new NotFound("Organisation"));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Organisation get(OrganisationId id) {
        return find(id).orElseThrow(() -> new NotFound("Organisation"));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql("select * from organisations where id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    /** Makes two-factor authentication mandatory (or optional) for everyone in the organisation. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
    public void requireTwoFactor(boolean required) {
        OrganisationId id = Tenancy.current().orElseThrow();
        jdbc.sql("update organisations set mfa_required = :required where id = :id")
                .param("required", required)
                .param("id", id.value())
                .update();
        audit.record(AuditRecord.of("organisation.two-factor-" + (required ? "required" : "optional"), Outcome.SUCCESS)
                .about("organisation", id));
    }

    private void checkNew(NewOrganisation organisation) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (organisation.name() == null || organisation.name().isBlank()) {
            errors.put("name", "Enter the organisation's name");
        }
        if (organisation.code() == null
                || !CODE.matcher(organisation.code().trim()).matches()) {
            errors.put("code", "Organisation ID must be 2 to 20 letters, numbers or hyphens");
        } else if (organisation.code().trim().equalsIgnoreCase(PLATFORM_CODE)
                || findByCode(organisation.code()).isPresent()) {
            errors.put("code", "Organisation ID is already in use; choose another");
        }
        if (organisation.kind() == null) {
            errors.put("kind", "Select the kind of organisation");
        }
        if (organisation.nation() == null) {
            errors.put("nation", "Select the nation the organisation is in");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static UserDetails withRole(UserDetails user, Role role) {
        Set<Role> roles = new HashSet<>(user.roles());
        roles.add(role);
        return new UserDetails(
                user.title(),
                user.firstName(),
                user.middleName(),
                user.lastName(),
                user.email(),
                user.jobRole(),
                user.dateOfBirth(),
                user.attestedSixteenOrOver(),
                roles);
    }

    private Organisation map(ResultSet row, int n) throws SQLException {
        return new Organisation(
                new OrganisationId(row.getObject("id", UUID.class)),
                row.getString("code"),
                row.getString("name"),
                OrganisationKind.valueOf(row.getString("kind")),
                Nation.valueOf(row.getString("nation")),
                row.getBoolean("mfa_required"),
                row.getTimestamp("created_at").toInstant());
    }
}
