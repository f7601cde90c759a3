package org.custodia.correspondence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.correspondence.internal.Composer;
import org.custodia.correspondence.internal.Placeholders;
import org.custodia.correspondence.internal.SampleValues;
import org.custodia.correspondence.internal.TemplateRows;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's letter templates, kept by the data protection officer. Each edit is a new
 * version and old versions stay, so it is always known which words a letter was sent with; reverting
 * goes back to Custodia's built-in wording (version 0).
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class LetterTemplates {

    private final TemplateRows rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final Composer composer;

    LetterTemplates(TemplateRows rows, AuditTrail audit, Clock clock, Composer composer) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.composer = composer;
    }

    /** The template each kind of letter is sent with now. */
    @Transactional(readOnly = true)
    public List<LetterTemplate> all() {
        List<LetterTemplate> all = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            all.add(rows.current(kind));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public LetterTemplate current(LetterKind kind) {
        return rows.current(kind);
    }

    /** Every version, newest first, ending with the built-in version 0. */
    @Transactional(readOnly = true)
    public List<LetterTemplate> history(LetterKind kind) {
        List<LetterTemplate> history = new ArrayList<>(rows.versions(kind));
        history.add(TemplateRows.builtIn(kind));
        return history;
    }

    /** Saves new wording as the next version, after checking its placeholders. */
    @Transactional
    public LetterTemplate revise(LetterKind kind, TemplateText text) {
        TemplateText cleaned = check(kind, text);
        return addVersion(kind, cleaned, "letter-template.revised");
    }

    /** Goes back to the built-in wording, as a new version; earlier versions stay. */
    @Transactional
    public LetterTemplate revert(LetterKind kind) {
        return addVersion(kind, null, "letter-template.reverted");
    }

    /** The letter this wording would produce, filled with invented values; nothing is saved. */
    @Transactional(readOnly = true)
    public Letter preview(LetterKind kind, TemplateText text) {
        TemplateText cleaned = check(kind, text);
        Map<String, String> samples = SampleValues.forPreview(composer.organisationName(), composer.today());
        return composer.fill(kind, cleaned, rows.current(kind).version(), samples);
    }

    private LetterTemplate addVersion(LetterKind kind, TemplateText text, String action) {
        Actor actor = Tenancy.requireActor();
        rows.lock(actor.organisation(), kind);
        int version = rows.latest(kind).map(LetterTemplate::version).orElse(0) + 1;
        rows.insert(actor.organisation(), kind, version, text, actor.id().value(), clock.instant());
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("letter-template", kind.name())
                .withDetail("version: " + version));
        return rows.version(kind, version).orElseThrow();
    }

    private static TemplateText check(LetterKind kind, TemplateText text) {
        String subject =
                text == null || text.subject() == null ? null : text.subject().strip();
        String body = text == null || text.body() == null
                ? null
                : text.body().replace("\r\n", "\n").strip();
        Map<String, String> errors = Placeholders.problems(kind, subject, body);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new TemplateText(subject, body);
    }
}
