package org.custodia.breaches;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * What is known of a breach when it is recorded. Describe what happened without naming the people
 * affected: the record is read by colleagues and may be sent to the ICO.
 */
public record NewBreach(
        String title,
        String description,
        Occurrence occurred,
        Instant awareAt,
        String discovery,
        Set<DataCategory> dataCategories,
        boolean specialCategoryData,
        boolean criminalOffenceData,
        Integer peopleAffected,
        Integer recordsAffected,
        Set<SubjectCategory> subjectCategories,
        Set<BreachNature> nature) {

    public NewBreach {
        // To the second: what people know of these moments, and no finer than every comparison made with them.
        awareAt = awareAt == null ? null : awareAt.truncatedTo(ChronoUnit.SECONDS);
        dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
        subjectCategories = subjectCategories == null ? Set.of() : Set.copyOf(subjectCategories);
        nature = nature == null ? Set.of() : Set.copyOf(nature);
    }
}
