package org.custodia.notices.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.notices.Notice;
import org.custodia.notices.NoticeContent;
import org.custodia.notices.NoticeDraft;
import org.custodia.notices.NoticeSection;
import org.custodia.notices.NoticeVersion;
import org.custodia.notices.RegisterFacts;
import org.custodia.notices.SectionText;
import org.custodia.platform.Tenancy;
import org.custodia.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Writing and publishing either notice: the rules both share. A version is made only from a complete
 * draft, and only when it would say something the latest version does not.
 */
@Component
public class NoticeDrafts {

    public static final int TEXT_LENGTH = 10_000;

    private final NoticeRows rows;
    private final Clock clock;

    NoticeDrafts(NoticeRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The draft as it stands; sections never saved read as {@code defaults} (the ready-made text). */
    public NoticeDraft draft(Notice notice, String template, RegisterFacts current, List<SectionText> defaults) {
        List<SectionText> saved = rows.sections(notice);
        List<SectionText> sections = new ArrayList<>();
        for (NoticeSection section : NoticeSection.of(notice)) {
            sections.add(saved.stream()
                    .filter(s -> s.section() == section)
                    .findFirst()
                    .or(() -> defaults.stream()
                            .filter(s -> s.section() == section)
                            .findFirst())
                    .orElse(new SectionText(section, "", null)));
        }
        NoticeVersion latest = rows.latest(notice).orElse(null);
        List<NoticeSection> registersChanged = new ArrayList<>();
        boolean proseChanged = latest == null;
        if (latest != null) {
            for (NoticeSection section : NoticeSection.of(notice)) {
                if (!NoticeLines.facts(latest.content().facts(), section).equals(NoticeLines.facts(current, section))) {
                    registersChanged.add(section);
                }
            }
            proseChanged = !latest.content().sections().equals(sections);
        }
        return new NoticeDraft(
                notice,
                template,
                sections,
                rows.updatedAt(notice).orElse(null),
                latest,
                registersChanged,
                proseChanged,
                current);
    }

    public void save(Notice notice, NoticeSection section, String english, String welsh) {
        if (section.notice() != notice) {
            throw new InvalidInput("section", "Choose one of the sections of this notice");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (english == null || english.isBlank()) {
            errors.put("english", "Enter the text of this section in English");
        } else if (english.length() > TEXT_LENGTH) {
            errors.put("english", "The English text must be " + TEXT_LENGTH + " characters or fewer");
        }
        if (welsh != null && welsh.length() > TEXT_LENGTH) {
            errors.put("welsh", "The Welsh text must be " + TEXT_LENGTH + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String welshText = welsh == null || welsh.isBlank() ? null : welsh.strip();
        rows.saveSection(
                notice,
                new SectionText(section, english.strip(), welshText),
                Tenancy.requireActor().id().value(),
                clock.instant());
    }

    /** Publishes the draft with the register facts it was read with as the next version. */
    public NoticeVersion publish(NoticeDraft draft, String organisationCode, String title) {
        if (!draft.unpublishedChanges()) {
            throw new InvalidInput(
                    "publish",
                    "Nothing has changed since version " + draft.latest().number()
                            + " was published: change a section, or the registers, first");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (SectionText section : draft.sections()) {
            if (section.english() == null || section.english().isBlank()) {
                errors.put(
                        section.section().slug(),
                        "Write the section \u201c" + section.section().label() + "\u201d");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        NoticeContent content =
                new NoticeContent(draft.notice(), organisationCode, title, draft.sections(), draft.current());
        return rows.insertVersion(
                draft.notice(), content, Tenancy.requireActor().id().value(), clock.instant());
    }
}
