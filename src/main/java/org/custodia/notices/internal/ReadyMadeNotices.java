package org.custodia.notices.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.custodia.notices.Notice;
import org.custodia.notices.NoticeSection;
import org.custodia.notices.SectionText;

/**
 * The ready-made notices, one for each kind of organisation and one for the processor, kept as text
 * files under {@code notices/ready-made/} so that they read as the notice will: a section starts with
 * {@code ## SECTION}, and {@code {organisation}} becomes the organisation's name.
 */
public final class ReadyMadeNotices {

    private ReadyMadeNotices() {}

    /** The ready-made notice for an organisation of this kind (an {@code OrganisationKind} name). */
    public static List<SectionText> forOrganisation(String kind, String organisationName) {
        return read(kind, Notice.ORGANISATION, organisationName);
    }

    public static List<SectionText> forProcessor() {
        return read("PROCESSOR", Notice.PROCESSOR, "");
    }

    private static List<SectionText> read(String name, Notice notice, String organisationName) {
        Map<NoticeSection, StringBuilder> texts = new EnumMap<>(NoticeSection.class);
        StringBuilder current = null;
        for (String line : load(name).split("\n", -1)) {
            if (line.startsWith("## ")) {
                current = new StringBuilder();
                texts.put(NoticeSection.valueOf(line.substring(3).trim()), current);
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        List<SectionText> sections = new ArrayList<>();
        for (NoticeSection section : NoticeSection.of(notice)) {
            StringBuilder text = texts.get(section);
            if (text == null) {
                throw new IllegalStateException("The ready-made notice " + name + " has no section " + section);
            }
            sections.add(new SectionText(
                    section, text.toString().strip().replace("{organisation}", organisationName), null));
        }
        return sections;
    }

    private static String load(String name) {
        String resource = "notices/ready-made/" + name + ".txt";
        try (InputStream in = ReadyMadeNotices.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
