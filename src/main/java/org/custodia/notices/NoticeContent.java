package org.custodia.notices;

import java.util.List;
import java.util.Optional;

/**
 * Everything a published version says: the prose of each section and the register facts of the
 * moment it was published. Kept whole in each version, so an old version reads as it did.
 *
 * @param organisationCode the Organisation ID, for links to the request form and schedule; null for the
 *     processor's notice
 */
public record NoticeContent(
        Notice notice, String organisationCode, String title, List<SectionText> sections, RegisterFacts facts) {

    public NoticeContent {
        sections = List.copyOf(sections);
    }

    public Optional<SectionText> section(NoticeSection section) {
        return sections.stream().filter(s -> s.section() == section).findFirst();
    }

    /** Published in Welsh only when every section has been written in Welsh. */
    public boolean inWelsh() {
        return !sections.isEmpty() && sections.stream().allMatch(SectionText::hasWelsh);
    }
}
