package org.custodia.rights.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.custodia.rights.RedactedFile;
import org.custodia.rights.ResponseDetails;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The response to read: rendered from a Thymeleaf template (well-formed XHTML) by openhtmltopdf. */
@Component
public class ResponsePdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final ZoneId UK = ZoneId.of("Europe/London");

    private final ITemplateEngine templates;

    ResponsePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(RedactedFile file, ResponseDetails details) {
        String html = templates.process(
                "rights/subject-access-pdf",
                new Context(
                        Locale.UK,
                        Map.of(
                                "file",
                                file,
                                "details",
                                details,
                                "date",
                                DATE.format(details.date()),
                                "format",
                                new Formats())));
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the template: when a record was made, in UK time. */
    public static final class Formats {
        private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

        public String recorded(java.time.Instant at) {
            return at == null ? "" : AT.format(at.atZone(UK));
        }
    }
}
