package org.custodia.identity.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.custodia.audit.AuditChainSealed;
import org.custodia.platform.Mailer;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails each nightly audit seal to the organisation's DPOs: a copy of the seal outside Custodia's
 * database, against which a rewritten trail would no longer match.
 */
@Component
class AuditSealNotices {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(UkCalendar.ZONE);

    private final UserAccounts accounts;
    private final Mailer mailer;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;

    AuditSealNotices(UserAccounts accounts, Mailer mailer, Tenancy tenancy, PlatformTransactionManager manager) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.tenancy = tenancy;
        // After commit the sealing transaction's connection may still be bound: read in a new one.
        this.transactions = new TransactionTemplate(manager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void sealed(AuditChainSealed seal) {
        List<String> dpos = transactions.execute(status -> tenancy.callAs(
                seal.organisation(),
                () -> accounts.withRole(Role.DATA_PROTECTION_OFFICER).stream()
                        .map(UserAccount::email)
                        .toList()));
        for (String dpo : dpos) {
            mailer.send(
                    dpo,
                    "Custodia audit trail seal, " + WHEN.format(seal.sealedAt()),
                    "Custodia sealed your organisation's audit trail at " + WHEN.format(seal.sealedAt()) + ".\n\n"
                            + "Entries: 1 to " + seal.lastSequence() + "\n"
                            + "Fingerprint: " + seal.fingerprint() + "\n\n"
                            + "Keep this email. The audit page lists every seal; if a seal there ever differs from"
                            + " this one, or verification reports a problem, the trail has been altered.");
        }
    }
}
