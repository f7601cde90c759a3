package org.custodia.personaldata;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodia.shared.DataSubjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles everything the organisation holds about a person for a subject access request: every
 * holder's records, and every module's supplementary information with the rights the person has.
 * One request may be about several records of the same person (matched by the DPO), hence a
 * collection.
 */
@Component
public class SubjectAccess {

    private final List<PersonalDataHolder> holders;
    private final List<SupplementaryInformation> informants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubjectAccess(
            List<PersonalDataHolder> holders,
            List<SupplementaryInformation> informants,
            ApplicationEventPublisher events,
            Clock clock) {
        this.holders = holders;
        this.informants = informants;
        this.events = events;
        this.clock = clock;
    }

    /** Decrypts free text for the response: only the DPO, and every assembly is audited per subject. */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public SubjectFile assemble(Collection<DataSubjectId> subjects) {
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("A subject file is about at least one person");
        }
        Set<DataSubjectId> people = new LinkedHashSet<>(subjects);
        Map<String, HeldRecord> byId = new LinkedHashMap<>();
        Set<InformationSection> supplementary = new LinkedHashSet<>();
        for (DataSubjectId subject : people) {
            for (PersonalDataHolder holder : holders) {
                holder.export(subject).forEach(record -> byId.putIfAbsent(record.id(), record));
            }
            for (SupplementaryInformation informant : informants) {
                supplementary.addAll(informant.about(subject));
            }
        }
        Map<String, List<HeldRecord>> byCategory = new LinkedHashMap<>();
        byId.values()
                .forEach(r -> byCategory
                        .computeIfAbsent(r.category(), c -> new ArrayList<>())
                        .add(r));
        List<InformationSection> sections = new ArrayList<>(merged(supplementary));
        sections.addAll(YourRights.sections());
        SubjectFile file = new SubjectFile(List.copyOf(people), clock.instant(), byCategory, sections);
        events.publishEvent(new SubjectFileAssembled(
                file.subjects(), file.size(), file.flaggedForReview().size()));
        return file;
    }

    /** Sections of the same heading from several subjects read as one, without repeating a point. */
    private static Collection<InformationSection> merged(Collection<InformationSection> sections) {
        Map<String, InformationSection> byHeading = new LinkedHashMap<>();
        for (InformationSection section : sections) {
            byHeading.merge(section.heading(), section, (a, b) -> {
                Set<String> points = new LinkedHashSet<>(a.points());
                points.addAll(b.points());
                if (points.size() > 1) {
                    points.remove("None recorded.");
                }
                return new InformationSection(a.heading(), a.article(), List.copyOf(points));
            });
        }
        return byHeading.values();
    }
}
