package org.custodia.correspondence;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The letters a rights request needs, each with the placeholders its template may use and must use,
 * and, where the law requires the letter to say something, the words it must keep.
 */
public enum LetterKind {
    ACKNOWLEDGEMENT(
            "Acknowledgement",
            List.of("dueOn", "requestKind"),
            List.of("requesterName", "reference", "receivedOn", "dueOn")),
    IDENTITY_NEEDED(
            "Proof of identity needed", List.of("whatWeNeed"), List.of("requesterName", "reference", "whatWeNeed")),
    CLARIFICATION_NEEDED(
            "Clarification needed", List.of("question"), List.of("requesterName", "reference", "question")),
    FEE_NEEDED(
            "Fee needed",
            List.of("feeAmount", "reasons"),
            List.of("requesterName", "reference", "feeAmount", "reasons")),
    EXTENSION(
            "Extension of the time limit",
            List.of("dueOn", "reasons"),
            List.of("requesterName", "reference", "dueOn", "reasons")),
    REFUSAL(
            "Refusal",
            List.of("reasons"),
            List.of("requesterName", "reference", "reasons"),
            List.of("ico.org.uk", "0303 123 1113", "court")),
    RESPONSE_READY(
            "Response ready to download",
            List.of("downloadLink", "expiresOn"),
            List.of("requesterName", "reference", "downloadLink", "expiresOn")),
    ERASURE_OUTCOME(
            "Outcome of an erasure request",
            List.of("erasedList", "keptList"),
            List.of("requesterName", "reference", "erasedList", "keptList")),
    RECTIFICATION_OUTCOME(
            "Outcome of a rectification request", List.of("outcome"), List.of("requesterName", "reference", "outcome")),
    RESTRICTION_OUTCOME(
            "Outcome of a restriction request", List.of("outcome"), List.of("requesterName", "reference", "outcome")),
    RESTRICTION_TO_BE_LIFTED(
            "Restriction to be lifted",
            List.of("liftOn", "reasons"),
            List.of("requesterName", "reference", "liftOn", "reasons")),
    OBJECTION_OUTCOME(
            "Outcome of an objection", List.of("outcome", "reasons"), List.of("requesterName", "reference", "outcome")),
    RECIPIENT_NOTIFICATION(
            "Notice to a recipient of a change",
            List.of("recipientName", "subjectDescription", "changeMade", "changedOn"),
            List.of("recipientName", "subjectDescription", "changeMade", "changedOn"));

    /** Placeholders every letter may use. */
    public static final List<String> COMMON = common();

    private final String label;
    private final Set<String> allowed;
    private final Set<String> required;
    private final List<String> requiredWords;

    LetterKind(String label, List<String> own, List<String> required) {
        this(label, own, required, List.of());
    }

    LetterKind(String label, List<String> own, List<String> required, List<String> requiredWords) {
        this.label = label;
        Set<String> all = new LinkedHashSet<>(common());
        all.addAll(own);
        this.allowed = Collections.unmodifiableSet(all);
        this.required = Collections.unmodifiableSet(new LinkedHashSet<>(required));
        this.requiredWords = List.copyOf(requiredWords);
    }

    // A method, not a constant: enum constructors run before the enum's static fields are set.
    private static List<String> common() {
        return List.of("organisationName", "requesterName", "reference", "receivedOn", "today", "dpoContact");
    }

    public String label() {
        return label;
    }

    /** The placeholders a template of this kind may contain. */
    public Set<String> allowedPlaceholders() {
        return allowed;
    }

    /** The placeholders a template of this kind must contain, and a letter must be given values for. */
    public Set<String> requiredPlaceholders() {
        return required;
    }

    /** Words the body must keep, because the law requires the letter to tell the person something. */
    public List<String> requiredWords() {
        return requiredWords;
    }

    /** The URL form of the kind, e.g. {@code response-ready}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static LetterKind fromSlug(String slug) {
        for (LetterKind kind : values()) {
            if (kind.slug().equals(slug) || kind.name().equals(slug)) {
                return kind;
            }
        }
        throw new org.custodia.shared.NotFound("Letter kind");
    }
}
