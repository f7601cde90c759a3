package org.custodia.notices.internal;

import java.util.ArrayList;
import java.util.List;
import org.custodia.notices.Language;
import org.custodia.notices.NoticeContent;
import org.custodia.notices.NoticeSection;
import org.custodia.notices.RegisterFacts;

/**
 * A section of a published notice as lines of plain text: its paragraphs, then what it shows from the
 * registers. Two versions are compared line by line, so a change to a register shows as a change to
 * the notice just as a change to the prose does.
 */
public final class NoticeLines {

    private NoticeLines() {}

    public static List<String> of(NoticeContent content, NoticeSection section) {
        List<String> lines = new ArrayList<>(paragraphs(
                content.section(section).map(s -> s.in(Language.ENGLISH)).orElse("")));
        lines.addAll(facts(content.facts(), section));
        return lines;
    }

    /** The paragraphs and bullet points ("- " lines) of prose: blank lines separate paragraphs. */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.replace("\r", "").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("- ")) {
                flush(paragraphs, paragraph);
            }
            if (!trimmed.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
                if (trimmed.startsWith("- ")) {
                    flush(paragraphs, paragraph);
                }
            }
        }
        flush(paragraphs, paragraph);
        return paragraphs;
    }

    private static void flush(List<String> paragraphs, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** What the section shows from the registers, a line per entry. */
    public static List<String> facts(RegisterFacts facts, NoticeSection section) {
        List<String> lines = new ArrayList<>();
        switch (section.registers()) {
            case CONTROLLER -> lines.add("Controller: " + facts.organisationName());
            case PURPOSES -> facts.activities().forEach(a -> lines.add(a.name() + ": " + a.purposes()));
            case LAWFUL_BASES ->
                facts.activities()
                        .forEach(a -> lines.add(a.name() + ": " + a.lawfulBasis()
                                + (a.legalProvision() == null ? "" : ", " + a.legalProvision())));
            case CONDITIONS ->
                facts.withSpecialCategories()
                        .forEach(a -> lines.add(a.name() + ": " + String.join("; ", conditions(a))));
            case RECIPIENTS ->
                facts.recipients()
                        .forEach(r -> lines.add(r.name() + " (" + r.kind() + ")"
                                + (r.service() == null || r.service().isBlank() ? "" : ": " + r.service())
                                + (r.countries().isEmpty() ? "" : ", in " + String.join(", ", r.countries()))));
            case TRANSFERS ->
                facts.transfers()
                        .forEach(t -> lines.add(
                                t.country() + ", to " + t.recipient() + ": " + t.data() + " (" + t.safeguard() + ")"));
            case RETENTION ->
                facts.retention().forEach(r -> lines.add(r.record() + ": " + r.keptFor() + ", then " + r.then()));
            default -> {}
        }
        return lines;
    }

    public static List<String> conditions(RegisterFacts.Activity activity) {
        List<String> all = new ArrayList<>(activity.conditions());
        if (activity.criminalOffenceCondition() != null) {
            all.add(activity.criminalOffenceCondition());
        }
        return all;
    }
}
