package org.custodia.correspondence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.custodia.correspondence.LetterKind;
import org.custodia.correspondence.TemplateText;

/**
 * The built-in wording of each letter, kept as text files beside the code
 * ({@code correspondence/letters/<KIND>.txt}: a "Subject:" line, a blank line, the body) so that
 * reviewers read them as letters, not as Java strings.
 */
public final class DefaultTemplates {

    private static final Map<LetterKind, TemplateText> DEFAULTS = load();

    private DefaultTemplates() {}

    public static TemplateText of(LetterKind kind) {
        return DEFAULTS.get(kind);
    }

    private static Map<LetterKind, TemplateText> load() {
        Map<LetterKind, TemplateText> defaults = new EnumMap<>(LetterKind.class);
        for (LetterKind kind : LetterKind.values()) {
            String path = "/correspondence/letters/" + kind.name() + ".txt";
            try (InputStream in = DefaultTemplates.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("No default template at " + path);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                int end = text.indexOf('\n');
                if (!text.startsWith("Subject: ") || end < 0) {
                    throw new IllegalStateException(path + " must start with a 'Subject: ' line");
                }
                defaults.put(
                        kind,
                        new TemplateText(
                                text.substring("Subject: ".length(), end).trim(),
                                text.substring(end + 1).strip()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return defaults;
    }
}
