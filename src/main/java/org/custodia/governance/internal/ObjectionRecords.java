package org.custodia.governance.internal;

import java.util.List;
import java.util.Set;
import org.custodia.casework.PersonId;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.stereotype.Component;

/**
 * A person's objections and their decisions, for subject access. The rows refer to the person with
 * {@code on delete cascade}: they go when the person is erased, and stay while the person is kept.
 */
@Component
class ObjectionRecords implements PersonalDataHolder {

    private final ObjectionRows rows;
    private final FieldEncryption encryption;

    ObjectionRecords(ObjectionRows rows, FieldEncryption encryption) {
        this.rows = rows;
        this.encryption = encryption;
    }

    @Override
    public Set<String> tables() {
        return Set.of("processing_objections");
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        return ErasureOutcome.removed(0);
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        PersonId person = new PersonId(subject.value());
        return rows.of(person).stream()
                .map(r -> HeldRecord.of("governance.objection:" + r.id().value(), "Objections", when(r))
                        .field("Processing objected to", r.activityName())
                        .field("Objection", r.kind().label())
                        .field("Received on", r.receivedOn())
                        .field(
                                "Decision",
                                r.decision() == null
                                        ? "Not yet decided"
                                        : r.decision().label())
                        .field("Compelling grounds for continuing", grounds(person, r))
                        .build())
                .toList();
    }

    private static java.time.Instant when(ObjectionRows.Row r) {
        return r.decidedAt() != null
                ? r.decidedAt()
                : r.receivedOn()
                        .atStartOfDay(org.custodia.platform.UkCalendar.ZONE)
                        .toInstant();
    }

    private String grounds(PersonId person, ObjectionRows.Row r) {
        if (r.grounds() == null) {
            return null;
        }
        try {
            return encryption.decrypt(
                    person.subject(), FieldRef.of("processing_objections", "grounds", r.id().value()), r.grounds());
        } catch (ErasedSubject e) {
            return "(erased)";
        } catch (UnreadableValue e) {
            return "(cannot be shown: the stored value has been altered)";
        }
    }
}
