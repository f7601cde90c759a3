package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.SubjectFile;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class RedactionUnitTests {

    static final HeldRecord NOTE = HeldRecord.of("casework.note:1", "Case notes", Instant.parse("2026-11-01T10:00:00Z"))
            .field("Case", "LAC-1")
            .field("Note", "Kerry missed contact; the police were told by Sam Jones.")
            .mentions("Kerry Smith")
            .build();
    static final HeldRecord VISIT = HeldRecord.of("casework.visit:2", "Statutory visits", null)
            .field("Summary", "Talked about football.")
            .field("Visitor", "Pat Practitioner")
            .build();

    static SubjectFile file() {
        return new SubjectFile(
                List.of(DataSubjectId.random()),
                Instant.now(),
                Map.of("Case notes", List.of(NOTE), "Statutory visits", List.of(VISIT)),
                List.of());
    }

    @Test
    void aPassageAFieldAndAWholeRecordAreWithheldAndEachIsListedWithItsExemption() {
        RedactedFile redacted = RedactedFile.of(
                file(),
                List.of(
                        Redaction.passage(
                                "casework.note:1", "Note", "by Sam Jones", Exemption.THIRD_PARTY, "informant"),
                        Redaction.field("casework.visit:2", "Visitor", Exemption.SERIOUS_HARM, null)));

        assertThat(redacted.recordsIn("Case notes").get(0).fields())
                .containsEntry("Note", "Kerry missed contact; the police were told [withheld].");
        assertThat(redacted.recordsIn("Statutory visits").get(0).fields())
                .containsEntry("Visitor", "[withheld]")
                .containsEntry("Summary", "Talked about football.");
        assertThat(redacted.withheld())
                .extracting(WithheldItem::recordId, WithheldItem::what, WithheldItem::exemption)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "casework.note:1", "a passage of the field \"Note\"", Exemption.THIRD_PARTY),
                        org.assertj.core.groups.Tuple.tuple(
                                "casework.visit:2", "the field \"Visitor\"", Exemption.SERIOUS_HARM));
        assertThat(redacted.recordsIn("Case notes").get(0).otherPeople())
                .as("the names that flagged a record are for the DPO, not the response")
                .isEmpty();

        RedactedFile whole = RedactedFile.of(
                file(), List.of(Redaction.wholeRecord("casework.note:1", Exemption.CRIME_PREVENTION, null)));
        assertThat(whole.recordsIn("Case notes").get(0).fields().values()).containsOnly("[withheld]");
    }

    @Test
    void aRedactionThatWouldWithholdNothingIsRefused() {
        assertThatThrownBy(() -> RedactedFile.of(
                        file(),
                        List.of(Redaction.passage(
                                "casework.note:1", "Note", "Sam  Jones", Exemption.THIRD_PARTY, null))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("copy it exactly");
        assertThatThrownBy(() -> RedactedFile.of(
                        file(), List.of(Redaction.field("casework.note:9", "Note", Exemption.THIRD_PARTY, null))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> RedactedFile.of(
                        file(), List.of(Redaction.field("casework.note:1", "Nothing", Exemption.THIRD_PARTY, null))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void everyExemptionNamesItsLaw() {
        assertThat(Exemption.THIRD_PARTY.legalReference()).isEqualTo("DPA 2018 Sch 2 Pt 3");
        assertThat(Exemption.SERIOUS_HARM.legalReference()).isEqualTo("DPA 2018 Sch 3");
        assertThat(Exemption.CHILD_ABUSE_DATA_PARENT.legalReference()).isEqualTo("DPA 2018 Sch 3");
        assertThat(Exemption.CRIME_PREVENTION.legalReference()).isEqualTo("DPA 2018 Sch 2 para 2");
        assertThat(Exemption.CONFIDENTIAL_REFERENCE.legalReference()).isEqualTo("DPA 2018 Sch 2 Pt 4 para 24");
        assertThat(Exemption.values()).allMatch(e -> !e.label().isBlank());
    }
}
