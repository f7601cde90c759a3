package org.custodia.identity;

import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.GrantConditions;
import org.custodia.identity.internal.GrantLapses;
import org.custodia.identity.internal.TrainingRecordRules;
import org.custodia.identity.internal.TrainingRecords;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.platform.Tenancy;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training records administrators keep for each user of their organisation: the evidence a
 * sensitive-data grant rests on. A user of another organisation is "not found".
 */
@Component
@PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
public class UserTraining {

    private final UserAccounts accounts;
    private final TrainingRecords records;
    private final GrantConditions conditions;
    private final GrantLapses lapses;
    private final AuditTrail audit;

    UserTraining(
            UserAccounts accounts,
            TrainingRecords records,
            GrantConditions conditions,
            GrantLapses lapses,
            AuditTrail audit) {
        this.accounts = accounts;
        this.records = records;
        this.conditions = conditions;
        this.lapses = lapses;
        this.audit = audit;
    }

    @Transactional
    public List<TrainingRecord> of(UserId user) {
        requireUser(user);
        List<TrainingRecord> list = records.of(user);
        audit.record(AuditRecord.of("training-record.listed", Outcome.SUCCESS)
                .about("user", user)
                .withDetail("records shown: " + list.size()));
        return list;
    }

    @Transactional
    public TrainingRecordId add(UserId user, NewTrainingRecord record) {
        requireUser(user);
        TrainingRecordRules.check(record, conditions.today());
        OrganisationId organisation = Tenancy.current().orElseThrow();
        // Before the new record can make the training current again, so a lapsed grant stays lapsed.
        lapses.ofUser(organisation, user);
        TrainingRecordId id = records.insert(
                organisation, user, record, Tenancy.currentActor().orElseThrow().id());
        audit.record(AuditRecord.of("training-record.added", Outcome.SUCCESS)
                .about("user", user)
                .withDetail("record: " + id));
        return id;
    }

    @Transactional
    public void remove(UserId user, TrainingRecordId id) {
        requireUser(user);
        records.find(user, id).orElseThrow(() -> new NotFound("Training record"));
        records.delete(id);
        audit.record(AuditRecord.of("training-record.removed", Outcome.SUCCESS)
                .about("user", user)
                .withDetail("record: " + id));
        lapses.ofUser(Tenancy.current().orElseThrow(), user);
    }

    private void requireUser(UserId user) {
        accounts.find(user).orElseThrow(() -> new NotFound("User"));
    }
}
