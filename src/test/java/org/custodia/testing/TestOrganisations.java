package org.custodia.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.governance.ActivityTemplate;
import org.custodia.governance.ProcessingActivities;
import org.custodia.identity.UserDetails;
import org.custodia.identity.UserStatus;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.UserAccount;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes organisations and signed-in-able users for tests, each with fresh random identifiers so tests
 * never collide in the shared database. {@code anOrganisation().withAdministrator()} style.
 */
@TestComponent
public class TestOrganisations {

    public static final String PASSWORD = "a long test password for everyone";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Tenancy tenancy;
    private final UserAccounts accounts;
    private final ProcessingActivities activities;
    private final String passwordHash;

    TestOrganisations(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Tenancy tenancy,
            UserAccounts accounts,
            ProcessingActivities activities,
            PasswordHashing hashing) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tenancy = tenancy;
        this.accounts = accounts;
        this.activities = activities;
        this.passwordHash = hashing.hash(PASSWORD);
    }

    public record TestOrganisation(OrganisationId id, String code) {}

    public record TestUser(UserId id, String email, OrganisationId organisation, String organisationCode, Actor actor) {

        public Authentication authentication() {
            return UsernamePasswordAuthenticationToken.authenticated(
                    actor,
                    null,
                    actor.roles().stream()
                            .map(r -> new SimpleGrantedAuthority(r.authority()))
                            .toList());
        }
    }

    public TestOrganisation organisation() {
        return organisation(false);
    }

    public TestOrganisation organisation(boolean mfaRequired) {
        TestOrganisation organisation = organisationWithoutRecordOfProcessing(mfaRequired);
        adoptReadyMadeActivities(organisation);
        return organisation;
    }

    /**
     * An organisation whose DPO has adopted nothing yet: its record of processing names no Art 9
     * condition, so no special-category data can be recorded in it.
     */
    public TestOrganisation organisationWithoutRecordOfProcessing() {
        return organisationWithoutRecordOfProcessing(false);
    }

    /** The DPO's first task, done for tests that record special-category data as a matter of course. */
    public void adoptReadyMadeActivities(TestOrganisation organisation) {
        Actor dpo = new Actor(UserId.random(), organisation.id(), "Test DPO", Set.of(Role.DATA_PROTECTION_OFFICER));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                dpo, null, List.of(new SimpleGrantedAuthority(Role.DATA_PROTECTION_OFFICER.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            for (ActivityTemplate template : activities.templatesToAdopt()) {
                activities.adopt(template.code());
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private TestOrganisation organisationWithoutRecordOfProcessing(boolean mfaRequired) {
        OrganisationId id = OrganisationId.random();
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "insert into organisations (id, code, name, kind, nation,"
                                + " mfa_required, created_at) values (:id, :code, :name, 'LOCAL_AUTHORITY', 'ENGLAND', :mfa, now())")
                .param("id", id.value())
                .param("code", code)
                .param("name", "Test council " + code)
                .param("mfa", mfaRequired)
                .update());
        return new TestOrganisation(id, code);
    }

    public TestUser user(TestOrganisation organisation, Role... roles) {
        UserId id = UserId.random();
        String email = "user-" + id.value().toString().substring(0, 8) + "@example.org";
        Set<Role> roleSet = EnumSet.copyOf(List.of(roles));
        UserDetails details = new UserDetails(
                null, "Test", null, "User " + email.substring(5, 9), email, "Social worker", null, true, roleSet);
        transactions.executeWithoutResult(status -> tenancy.runAs(organisation.id(), () -> {
            accounts.insert(new UserAccount(
                    id,
                    organisation.id(),
                    details,
                    UserStatus.INVITED,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    Instant.now()));
            accounts.updatePassword(id, passwordHash, Instant.now());
        }));
        Actor actor = new Actor(id, organisation.id(), "Test User", roleSet);
        return new TestUser(id, email, organisation.id(), organisation.code(), actor);
    }

    public TestUser administrator(TestOrganisation organisation) {
        return user(organisation, Role.ORGANISATION_ADMINISTRATOR);
    }

    /** The organisation's audit entries with this action, oldest first, read in its own context. */
    public List<String> auditDetails(OrganisationId organisation, String action) {
        return transactions.execute(status -> tenancy.callAs(
                organisation,
                () -> jdbc.sql(
                                "select coalesce(outcome || ':' || detail, outcome) from audit_entries where action = :action"
                                        + " order by id")
                        .param("action", action)
                        .query(String.class)
                        .list()));
    }

    /** An organisation made directly as the owner, for tests that need no application context beans. */
    public static OrganisationId create(TestDatabase database) {
        OrganisationId id = OrganisationId.random();
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection owner = database.owner();
                PreparedStatement insert = owner.prepareStatement("insert into organisations (id, code, name, kind,"
                        + " nation, created_at) values (?, ?, ?, 'LOCAL_AUTHORITY', 'ENGLAND', ?)")) {
            insert.setObject(1, id.value());
            insert.setString(2, code);
            insert.setString(3, "Test council " + code);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test organisation", e);
        }
        return id;
    }
}
