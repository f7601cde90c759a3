package org.custodia.correspondence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.correspondence.internal.Composer;
import org.custodia.correspondence.internal.LetterRows;
import org.custodia.correspondence.internal.LetterRows.StoredLetter;
import org.custodia.correspondence.internal.Sealing;
import org.custodia.correspondence.internal.TemplateRows;
import org.custodia.platform.Mailer;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes letters from the organisation's current templates and sends them by email with the PDF
 * attached, keeping a record of each. Composing and sending need only an organisation (an
 * acknowledgement may go out from a public request form); the caller decides who may send what.
 * Reading back what was sent is for the data protection officer.
 */
@Component
public class Letters {

    private final TemplateRows templates;
    private final Composer composer;
    private final LetterRows rows;
    private final Sealing sealing;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;

    Letters(
            TemplateRows templates,
            Composer composer,
            LetterRows rows,
            Sealing sealing,
            Mailer mailer,
            AuditTrail audit,
            Clock clock) {
        this.templates = templates;
        this.composer = composer;
        this.rows = rows;
        this.sealing = sealing;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The letter of this kind, from the organisation's current template, with the values put in.
     * {@code organisationName} and {@code today} are filled in when not given; every required
     * placeholder of the kind needs a value, and placeholders left without one print as nothing.
     *
     * @throws IllegalArgumentException if a required value is missing, or a value is not allowed for the kind
     */
    @Transactional(readOnly = true)
    public Letter compose(LetterKind kind, Map<String, String> values) {
        LetterTemplate template = templates.current(kind);
        return composer.fill(kind, template.text(), template.version(), complete(kind, values));
    }

    private Map<String, String> complete(LetterKind kind, Map<String, String> given) {
        Set<String> unknown = new LinkedHashSet<>(given.keySet());
        unknown.removeAll(kind.allowedPlaceholders());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("A " + kind + " letter has no placeholders " + unknown);
        }
        Map<String, String> values = new HashMap<>(given);
        values.putIfAbsent("organisationName", composer.organisationName());
        values.putIfAbsent("today", composer.today());
        Set<String> missing = new LinkedHashSet<>();
        for (String name : kind.requiredPlaceholders()) {
            if (values.get(name) == null || values.get(name).isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("A " + kind + " letter needs values for " + missing);
        }
        return values;
    }

    /**
     * Emails the letter (its text as the message, its PDF attached) and records that it was sent,
     * under the reference it belongs to (a request's id, say). Returns the id of the record.
     */
    @Transactional
    public UUID send(String toEmail, Letter letter, UUID reference) {
        if (toEmail == null || !toEmail.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput("email", "Enter an email address in the correct format, like name@example.com");
        }
        OrganisationId organisation = Tenancy.current()
                .orElseThrow(() -> new IllegalStateException("Letters are sent only for an organisation"));
        UUID id = UUID.randomUUID();
        rows.insert(
                organisation,
                new StoredLetter(
                        id,
                        letter.kind(),
                        reference,
                        toEmail.trim(),
                        sealing.sealLetter(
                                reference, id, "subject_line", letter.subject().getBytes(StandardCharsets.UTF_8)),
                        sealing.sealLetter(reference, id, "pdf", letter.pdf()),
                        letter.templateVersion(),
                        clock.instant()),
                Tenancy.currentActor().map(actor -> actor.id().value()).orElse(null));
        audit.record(AuditRecord.of("letter.sent", Outcome.SUCCESS)
                .about("letter", id)
                .withDetail("kind: " + letter.kind() + "; template version: " + letter.templateVersion()
                        + "; reference: " + reference));
        mailer.send(
                toEmail.trim(),
                letter.subject(),
                letter.body(),
                new Mailer.Attachment(fileName(letter.kind(), reference), "application/pdf", letter.pdf()));
        return id;
    }

    /** The letters sent under a reference, oldest first: for the timeline of a request. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<SentLetter> sentFor(UUID reference) {
        return rows.forReference(reference).stream()
                .map(stored -> new SentLetter(
                        stored.id(),
                        stored.kind(),
                        stored.reference(),
                        stored.recipient(),
                        new String(
                                sealing.openLetter(
                                        stored.reference(), stored.id(), "subject_line", stored.subjectLine()),
                                StandardCharsets.UTF_8),
                        stored.templateVersion(),
                        stored.sentAt()))
                .toList();
    }

    /** The PDF of a letter sent, exactly as it went; the download is audited. */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public SentPdf pdf(UUID letter) {
        StoredLetter stored = rows.find(letter).orElseThrow(() -> new NotFound("Letter"));
        Actor actor = Tenancy.requireActor();
        audit.record(AuditRecord.of("letter.pdf-downloaded", Outcome.SUCCESS)
                .about("letter", letter)
                .withDetail("by: " + actor.id() + "; reference: " + stored.reference()));
        return new SentPdf(
                fileName(stored.kind(), stored.reference()),
                sealing.openLetter(stored.reference(), stored.id(), "pdf", stored.pdf()));
    }

    /** A sent letter's PDF with the file name to save it under. */
    public record SentPdf(String fileName, byte[] content) {}

    static String fileName(LetterKind kind, UUID reference) {
        return kind.slug() + "-" + reference.toString().substring(0, 8) + ".pdf";
    }
}
