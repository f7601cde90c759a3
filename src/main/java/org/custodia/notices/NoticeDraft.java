package org.custodia.notices;

import java.time.Instant;
import java.util.List;

/**
 * The text being written, as its editor sees it: each section, the latest published version, and
 * whether the registers or the prose have changed since it was published.
 *
 * @param template the ready-made notice it was adopted from; null for the processor's notice
 * @param latest the latest published version, or null before the first
 * @param registersChanged the sections whose register facts differ from the latest version's
 * @param proseChanged whether any section's prose differs from the latest version's
 * @param current the register facts as they are now
 */
public record NoticeDraft(
        Notice notice,
        String template,
        List<SectionText> sections,
        Instant updatedAt,
        NoticeVersion latest,
        List<NoticeSection> registersChanged,
        boolean proseChanged,
        RegisterFacts current) {

    public NoticeDraft {
        sections = List.copyOf(sections);
        registersChanged = List.copyOf(registersChanged);
    }

    public boolean published() {
        return latest != null;
    }

    /** Whether publishing now would make a version that differs from the latest. */
    public boolean unpublishedChanges() {
        return latest == null || proseChanged || !registersChanged.isEmpty();
    }

    public SectionText section(NoticeSection section) {
        return sections.stream()
                .filter(s -> s.section() == section)
                .findFirst()
                .orElse(new SectionText(section, "", null));
    }
}
