package org.custodia.governance.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.custodia.governance.ProcessingRegister.Register;
import org.custodia.platform.UkCalendar;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The register as a PDF, rendered from a Thymeleaf template (well-formed XHTML) by openhtmltopdf. */
@Component
class RegisterPdf {

    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final ITemplateEngine templates;

    RegisterPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] of(Register register) {
        String html = templates.process(
                "governance/register-pdf",
                new Context(
                        Locale.UK,
                        Map.of(
                                "register",
                                register,
                                "producedAt",
                                PRODUCED.format(register.producedAt().atZone(UkCalendar.ZONE)))));
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
}
