package org.custodia.notices;

import java.util.List;

/**
 * What changed between two versions of a notice, section by section, line by line: only the sections
 * that changed are listed.
 *
 * @param from the earlier version's number, 0 when the later one is the first
 */
public record NoticeDifference(int from, int to, List<SectionChange> sections) {

    public NoticeDifference {
        sections = List.copyOf(sections);
    }

    public boolean unchanged() {
        return sections.isEmpty();
    }

    /** A changed section: its lines, each kept, added or removed. */
    public record SectionChange(NoticeSection section, List<Line> lines) {

        public SectionChange {
            lines = List.copyOf(lines);
        }
    }

    public record Line(Change change, String text) {}

    public enum Change {
        KEPT,
        ADDED,
        REMOVED
    }
}
