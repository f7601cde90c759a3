package org.custodia.correspondence.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.custodia.correspondence.Letter;
import org.custodia.correspondence.LetterKind;
import org.custodia.correspondence.TemplateText;
import org.custodia.identity.Organisations;
import org.custodia.platform.UkCalendar;
import org.springframework.stereotype.Component;

/** Puts values into a template's words and renders the result as text and as a PDF. */
@Component
public class Composer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LetterPdf pdf;
    private final Organisations organisations;
    private final Clock clock;

    Composer(LetterPdf pdf, Organisations organisations, Clock clock) {
        this.pdf = pdf;
        this.organisations = organisations;
        this.clock = clock;
    }

    public Letter fill(LetterKind kind, TemplateText text, int version, Map<String, String> values) {
        String subject = Placeholders.fill(text.subject(), values);
        String body = Placeholders.fill(text.body(), values);
        return new Letter(
                kind,
                subject,
                body,
                pdf.render(values.get("organisationName"), values.get("today"), subject, body),
                version);
    }

    public String organisationName() {
        return organisations.current().name();
    }

    public String today() {
        return DATE.format(UkCalendar.today(clock));
    }
}
