package org.custodia.correspondence.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.correspondence.LetterKind;

/**
 * Named placeholders such as {@code {{reference}}}: the whole of the template language, on purpose.
 * Templates are written by organisations, so nothing in them is ever evaluated; substitution is one
 * pass, and a value that itself looks like a placeholder stays as the person typed it.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_BODY = 20_000;

    private Placeholders() {}

    /** The placeholder names the text uses, in order of first use. */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The text with each placeholder replaced by its value (absent values by nothing). */
    public static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** What is wrong with a template of this kind, field ("subject", "body") to message; empty if nothing. */
    public static Map<String, String> problems(LetterKind kind, String subject, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (subject == null || subject.isBlank()) {
            errors.put("subject", "Enter the subject line");
        } else if (subject.length() > MAX_SUBJECT) {
            errors.put("subject", "The subject line must be " + MAX_SUBJECT + " characters or fewer");
        } else if (subject.contains("\n") || subject.contains("\r")) {
            errors.put("subject", "The subject line must be a single line");
        } else {
            unknownOrMalformed(kind, subject).ifPresent(message -> errors.put("subject", message));
        }
        if (body == null || body.isBlank()) {
            errors.put("body", "Enter the text of the letter");
            return errors;
        }
        if (body.length() > MAX_BODY) {
            errors.put("body", "The letter must be " + MAX_BODY + " characters or fewer");
            return errors;
        }
        java.util.Optional<String> unknown = unknownOrMalformed(kind, body);
        if (unknown.isPresent()) {
            errors.put("body", unknown.get());
            return errors;
        }
        Set<String> used = new LinkedHashSet<>(in(subject));
        used.addAll(in(body));
        Set<String> missing = new LinkedHashSet<>(kind.requiredPlaceholders());
        missing.removeAll(used);
        if (!missing.isEmpty()) {
            errors.put("body", "The letter must include " + braced(missing));
            return errors;
        }
        String lower = body.toLowerCase(Locale.UK);
        for (String words : kind.requiredWords()) {
            if (!lower.contains(words.toLowerCase(Locale.UK))) {
                errors.put(
                        "body",
                        "A " + kind.label().toLowerCase(Locale.UK) + " letter must include \"" + words + "\": "
                                + why(kind));
                return errors;
            }
        }
        return errors;
    }

    private static java.util.Optional<String> unknownOrMalformed(LetterKind kind, String text) {
        Set<String> unknown = new LinkedHashSet<>(in(text));
        unknown.removeAll(kind.allowedPlaceholders());
        if (!unknown.isEmpty()) {
            return java.util.Optional.of(
                    "Remove " + braced(unknown) + ": this letter can only use " + braced(kind.allowedPlaceholders()));
        }
        String withoutPlaceholders = PLACEHOLDER.matcher(text).replaceAll("");
        if (withoutPlaceholders.contains("{{") || withoutPlaceholders.contains("}}")) {
            return java.util.Optional.of(
                    "Write each placeholder as a name between double braces, like {{reference}}, with nothing else inside");
        }
        return java.util.Optional.empty();
    }

    private static String why(LetterKind kind) {
        return kind == LetterKind.REFUSAL
                ? "the person must be told of their right to complain to the ICO and to apply to a court"
                : "the law requires the letter to say this";
    }

    private static String braced(Set<String> names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append("{{").append(name).append("}}");
        }
        return out.toString();
    }
}
