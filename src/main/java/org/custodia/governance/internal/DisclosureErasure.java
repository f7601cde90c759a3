package org.custodia.governance.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.governance.Disclosure;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The disclosures about a person: who received what, when and on what basis, for subject access
 * (Art 15(1)(c)); other people disclosed with them put the record on the third-party review list.
 * On erasure, takes the person out of the disclosure register. A disclosure that also concerned others
 * stays for them; one that concerned only this person goes, with its "tell the person" task.
 */
@Component
class DisclosureErasure implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final DisclosureRows rows;
    private final DisclosureViews views;

    DisclosureErasure(JdbcClient jdbc, DisclosureRows rows, DisclosureViews views) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.views = views;
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        PersonId person = new PersonId(subject.value());
        return views.of(rows.about(person), true).stream()
                .map(d -> record(d, person))
                .toList();
    }

    @Override
    public Set<String> tables() {
        return Set.of("disclosures", "disclosure_subjects", "disclosure_follow_ups", "disclosure_consents");
    }

    private static HeldRecord record(Disclosure d, PersonId person) {
        HeldRecord.Builder record = HeldRecord.of(
                        "governance.disclosure:" + d.id().value(), "Disclosures", d.recordedAt())
                .field("Shared with", d.recipientName())
                .field("Shared on", d.disclosedOn())
                .field("Data shared", d.dataShared())
                .field("How", d.method())
                .field("Basis", d.basis().label())
                .field("Sharing agreement", d.agreementTitle())
                .field("Law relied on", d.statutoryBasis())
                .field("Reason for sharing without consent", d.reason())
                .field("Decided by", d.decidedBy())
                .field("Decided on", d.decidedOn());
        if (d.followUp() != null) {
            record.field("You were told on", d.followUp().toldOn())
                    .field("Why you were not told", d.followUp().notToldReason());
        }
        List<String> others = d.people().stream()
                .filter(p -> !p.id().equals(person))
                .map(Disclosure.Subject::name)
                .toList();
        if (!others.isEmpty()) {
            record.field("Also about", String.join(", ", others));
            others.forEach(record::mentions);
        }
        return record.build();
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        return eraseAll(List.of(subject), decision);
    }

    @Override
    public ErasureOutcome eraseAll(List<DataSubjectId> subjects, ErasureDecision decision) {
        List<UUID> people = subjects.stream().map(DataSubjectId::value).toList();
        // Only the disclosures these people were in can be left with nobody: the rest are not looked at.
        List<UUID> touched = jdbc.sql(
                        "select distinct disclosure_id from disclosure_subjects where person_id in (:people)")
                .param("people", people)
                .query(UUID.class)
                .list();
        int removed = jdbc.sql("delete from disclosure_subjects where person_id in (:people)")
                .param("people", people)
                .update();
        removed += jdbc.sql(
                        "update disclosures set reason = null, reason_subject = null where reason_subject in (:people)")
                .param("people", people)
                .update();
        if (touched.isEmpty()) {
            return ErasureOutcome.removed(removed);
        }
        List<UUID> orphaned = jdbc.sql("select d.id from disclosures d where d.id in (:touched)"
                        + " and not exists (select 1 from disclosure_subjects s where s.disclosure_id = d.id)")
                .param("touched", touched)
                .query(UUID.class)
                .list();
        if (orphaned.isEmpty()) {
            return ErasureOutcome.removed(removed);
        }
        for (String table : List.of("disclosure_follow_ups", "disclosure_consents")) {
            removed += jdbc.sql("delete from " + table + " where disclosure_id in (:orphaned)")
                    .param("orphaned", orphaned)
                    .update();
        }
        removed += jdbc.sql("delete from disclosures where id in (:orphaned)")
                .param("orphaned", orphaned)
                .update();
        return ErasureOutcome.removed(removed);
    }
}
