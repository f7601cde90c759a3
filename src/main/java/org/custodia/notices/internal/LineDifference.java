package org.custodia.notices.internal;

import java.util.ArrayList;
import java.util.List;
import org.custodia.notices.NoticeContent;
import org.custodia.notices.NoticeDifference;
import org.custodia.notices.NoticeDifference.Change;
import org.custodia.notices.NoticeDifference.Line;
import org.custodia.notices.NoticeSection;

/**
 * The difference between two versions, section by section, by the longest common run of lines. A
 * notice's sections are a few paragraphs each, so the quadratic table is small.
 */
public final class LineDifference {

    private LineDifference() {}

    /** From {@code before} (null when {@code after} is the first version) to {@code after}. */
    public static NoticeDifference between(int from, NoticeContent before, int to, NoticeContent after) {
        List<NoticeDifference.SectionChange> changes = new ArrayList<>();
        for (NoticeSection section : NoticeSection.of(after.notice())) {
            List<String> old = before == null ? List.of() : NoticeLines.of(before, section);
            List<String> now = NoticeLines.of(after, section);
            if (!old.equals(now)) {
                changes.add(new NoticeDifference.SectionChange(section, lines(old, now)));
            }
        }
        return new NoticeDifference(from, to, changes);
    }

    static List<Line> lines(List<String> old, List<String> now) {
        int[][] common = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(now.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() && j < now.size()) {
            if (old.get(i).equals(now.get(j))) {
                lines.add(new Line(Change.KEPT, old.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Change.REMOVED, old.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, now.get(j++)));
            }
        }
        while (i < old.size()) {
            lines.add(new Line(Change.REMOVED, old.get(i++)));
        }
        while (j < now.size()) {
            lines.add(new Line(Change.ADDED, now.get(j++)));
        }
        return lines;
    }
}
