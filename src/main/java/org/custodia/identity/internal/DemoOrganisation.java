package org.custodia.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.DemoOrganisationCreated;
import org.custodia.identity.UserDetails;
import org.custodia.identity.UserStatus;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start outside production, a clearly fictional organisation {@code DEMO} with an
 * administrator, a DPO and a practitioner, and a platform operator. The password is
 * {@code CUSTODIA_DEMO_PASSWORD}, or generated and printed once.
 */
@Component
@ConditionalOnProperty(name = "custodia.demo.enabled", havingValue = "true")
class DemoOrganisation {

    static final String CODE = "DEMO";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    private static final Actor SYSTEM = new Actor(new UserId(AuditTrail.SYSTEM), null, "Custodia", Set.of());

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final RequiredCourses requiredCourses;
    private final PlatformOperators operators;
    private final PasswordHashing hashing;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String configuredPassword;

    DemoOrganisation(
            JdbcClient jdbc,
            UserAccounts accounts,
            RequiredCourses requiredCourses,
            PlatformOperators operators,
            PasswordHashing hashing,
            Tenancy tenancy,
            TransactionTemplate transactions,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${CUSTODIA_DEMO_PASSWORD:}") String configuredPassword) {
        this.events = events;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.requiredCourses = requiredCourses;
        this.operators = operators;
        this.hashing = hashing;
        this.tenancy = tenancy;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOnFirstStart() {
        boolean exists = jdbc.sql("select count(*) from organisations where upper(code) = :code")
                        .param("code", CODE)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return;
        }
        String password = configuredPassword.isBlank() ? generated() : configuredPassword;
        String hash = hashing.hash(password);
        OrganisationId id = OrganisationId.random();
        transactions.executeWithoutResult(status -> {
            jdbc.sql(
                            "insert into organisations (id, code, name, kind, nation, created_at) values"
                                    + " (:id, :code, 'Demoshire County Council (fictional)', 'LOCAL_AUTHORITY', 'ENGLAND', :now)")
                    .param("id", id.value())
                    .param("code", CODE)
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .update();
            tenancy.runAs(id, () -> {
                user(
                        id,
                        "Alex",
                        "Admin",
                        "admin@demo.example",
                        "Systems administrator",
                        Set.of(Role.ORGANISATION_ADMINISTRATOR),
                        hash);
                // Dana is also the safeguarding lead on Jayden's case, so that she can record the disclosures
                // she decides on (recording needs a practitioner who may see the person).
                UserId dpo = user(
                        id,
                        "Dana",
                        "Protection",
                        "dpo@demo.example",
                        "Data protection officer",
                        Set.of(Role.DATA_PROTECTION_OFFICER, Role.PRACTITIONER),
                        hash);
                UserId practitioner = user(
                        id,
                        "Pat",
                        "Practitioner",
                        "practitioner@demo.example",
                        "Social worker",
                        Set.of(Role.PRACTITIONER),
                        hash);
                requiredCourses.addDefaults(id);
                audit.record(AuditRecord.of("demo.created", Outcome.SUCCESS)
                        .about("organisation", id)
                        .by(SYSTEM));
                // Other modules add their own demo records, in this transaction and organisation.
                events.publishEvent(new DemoOrganisationCreated(id, practitioner, dpo));
            });
            if (operators.findByEmail("operator@custodia.example").isEmpty()) {
                operators.create("operator@custodia.example", "Olu", "Operator", hash, clock.instant());
            }
        });
        log.warn(
                """

                ============================================================
                 Demo organisation created (fictional data only)
                 Organisation ID: DEMO   (operators use: PLATFORM)
                 admin@demo.example, dpo@demo.example,
                 practitioner@demo.example, operator@custodia.example
                 Password: {}
                 {}
                ============================================================""",
                configuredPassword.isBlank() ? password : "(the value of CUSTODIA_DEMO_PASSWORD)",
                configuredPassword.isBlank() ? "Shown once; set CUSTODIA_DEMO_PASSWORD to choose it." : "");
    }

    private UserId user(
            OrganisationId organisation,
            String first,
            String last,
            String email,
            String jobRole,
            Set<Role> roles,
            String hash) {
        UserId id = UserId.random();
        accounts.insert(new UserAccount(
                id,
                organisation,
                new UserDetails(null, first, null, last, email, jobRole, null, true, roles),
                UserStatus.INVITED,
                null,
                null,
                false,
                null,
                null,
                null,
                clock.instant()));
        accounts.updatePassword(id, hash, clock.instant());
        return id;
    }

    private static String generated() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (i % 5 == 4 && i < 19) {
                password.append('-');
            }
        }
        return password.toString();
    }
}
