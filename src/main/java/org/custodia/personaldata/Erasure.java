package org.custodia.personaldata;

import java.util.Comparator;
import java.util.List;
import org.custodia.shared.DataSubjectId;
import org.springframework.stereotype.Component;

/** Erases a person from every module that holds their data, in the holders' order. */
@Component
public class Erasure {

    private final List<PersonalDataHolder> holders;

    Erasure(List<PersonalDataHolder> holders) {
        this.holders = holders.stream()
                .sorted(Comparator.comparingInt(PersonalDataHolder::order))
                .toList();
    }

    /** In the caller's transaction: if any holder fails, nothing is erased. */
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        ErasureOutcome outcome = ErasureOutcome.removed(0);
        for (PersonalDataHolder holder : holders) {
            outcome = outcome.and(holder.erase(subject, decision));
        }
        return outcome;
    }

    /** Several people at once, each holder a set at a time; in the caller's transaction. */
    public ErasureOutcome eraseAll(List<DataSubjectId> subjects, ErasureDecision decision) {
        ErasureOutcome outcome = ErasureOutcome.removed(0);
        if (subjects.isEmpty()) {
            return outcome;
        }
        for (PersonalDataHolder holder : holders) {
            outcome = outcome.and(holder.eraseAll(subjects, decision));
        }
        return outcome;
    }
}
