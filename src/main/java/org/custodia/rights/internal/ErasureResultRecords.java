package org.custodia.rights.internal;

import java.util.List;
import java.util.Set;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.stereotype.Component;

/**
 * What erasure requests did to a person: exported for subject access; kept on erasure, as the request
 * file's evidence of what was erased and why the rest was kept (identifiers and reasons, the name sealed
 * under the request's own key).
 */
@Component
class ErasureResultRecords implements PersonalDataHolder {

    private final ErasureRows rows;

    ErasureResultRecords(ErasureRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("rights_request_erasure_results");
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        int kept = rows.about(subject.value()).size();
        return kept == 0
                ? ErasureOutcome.removed(0)
                : ErasureOutcome.keptBecause("rights requests: " + kept
                        + " erasure request result(s) kept with the request file as the record of what was done");
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        return rows.about(subject.value()).stream()
                .map(r -> HeldRecord.of(
                                "rights.erasure-result:" + r.request().value() + ":" + subject.value(),
                                "Erasure requests",
                                r.at())
                        .field("Request", r.request().reference())
                        .field("Ground", r.ground().label())
                        .field("Outcome", r.erased() ? "Erased" : "Kept")
                        .field("Reasons", r.reasons().replace("\n", "; "))
                        .build())
                .toList();
    }
}
