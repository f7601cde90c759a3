package org.custodia.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.custodia.Custodia;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Custodia in a JVM of its own, for {@link AuditCrashIntegrationTests}: {@code write <data dir>} writes
 * audit entries (some chained, the rest left pending), says so and waits to be killed;
 * {@code verify <data dir> <organisation>} starts again on the same data, chains and verifies.
 */
public final class AuditCrashChild {

    static final int CHAINED = 20;
    static final int PENDING = 30;

    private AuditCrashChild() {}

    public static void main(String[] args) throws Exception {
        boolean write = args[0].equals("write");
        ConfigurableApplicationContext context = SpringApplication.run(
                Custodia.class,
                "--spring.profiles.active=test",
                "--custodia.data-dir=" + args[1],
                "--custodia.embedded.clean=" + write,
                // Production's durability: what was committed must survive PostgreSQL being killed.
                "--custodia.embedded.synchronous-commit=on",
                "--server.port=0",
                "--spring.main.banner-mode=off");
        Tenancy tenancy = context.getBean(Tenancy.class);
        AuditTrail trail = context.getBean(AuditTrail.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        if (write) {
            OrganisationId organisation = organisation(context.getEnvironment());
            for (int i = 0; i < CHAINED + PENDING; i++) {
                AuditRecord record =
                        AuditRecord.of("case.viewed", Outcome.SUCCESS).about("case", "case-" + i);
                tenancy.runAs(organisation, () -> transactions.executeWithoutResult(status -> trail.record(record)));
                if (i == CHAINED - 1) {
                    tenancy.callAs(organisation, trail::chainPending);
                }
            }
            System.out.println("WRITTEN " + organisation.value());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        OrganisationId organisation = new OrganisationId(UUID.fromString(args[2]));
        AuditLog log = context.getBean(AuditLog.class);
        AuditVerification before = tenancy.callAs(organisation, log::verifyCurrentChain);
        int chained = tenancy.callAs(organisation, trail::chainPending);
        AuditVerification after = tenancy.callAs(organisation, log::verifyCurrentChain);
        System.out.println("VERIFIED pendingBefore=" + before.pendingEntries() + " chained=" + chained + " intact="
                + after.intact() + " checked=" + after.entriesChecked() + " pending=" + after.pendingEntries()
                + " problem=" + after.problem());
        System.out.flush();
        context.close();
        System.exit(0);
    }

    private static OrganisationId organisation(Environment environment) throws Exception {
        OrganisationId id = OrganisationId.random();
        try (Connection owner = DriverManager.getConnection(
                        environment.getProperty("custodia.database.owner-url"),
                        environment.getProperty("spring.flyway.user"),
                        environment.getProperty("spring.flyway.password"));
                PreparedStatement insert = owner.prepareStatement(
                        "insert into custodia.organisations (id, code, name,"
                                + " kind, nation, created_at) values (?, ?, 'Crash test council', 'LOCAL_AUTHORITY', 'ENGLAND', ?)")) {
            insert.setObject(1, id.value());
            insert.setString(
                    2, "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }
}
