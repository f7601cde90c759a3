package org.custodia.personaldata;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custodia.shared.DataSubjectId;

/**
 * Everything assembled for a subject access request: the records of every module grouped by
 * category, the supplementary information, and the records flagged for review because they mention
 * other people.
 */
public record SubjectFile(
        List<DataSubjectId> subjects,
        Instant assembledAt,
        Map<String, List<HeldRecord>> byCategory,
        List<InformationSection> supplementary) {

    public SubjectFile {
        subjects = List.copyOf(subjects);
        byCategory = Map.copyOf(byCategory);
        supplementary = List.copyOf(supplementary);
    }

    /** Categories in alphabetical order, for a stable layout. */
    public List<String> categories() {
        return byCategory.keySet().stream().sorted().toList();
    }

    public List<HeldRecord> records() {
        return categories().stream().flatMap(c -> byCategory.get(c).stream()).toList();
    }

    public List<HeldRecord> recordsIn(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    /** Records to review for third-party data before anything is released (DPA 2018 Sch 2 Pt 3). */
    public List<HeldRecord> flaggedForReview() {
        return records().stream().filter(HeldRecord::mentionsOtherPeople).toList();
    }

    public int size() {
        return byCategory.values().stream().collect(Collectors.summingInt(List::size));
    }
}
