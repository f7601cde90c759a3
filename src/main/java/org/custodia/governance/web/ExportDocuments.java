package org.custodia.governance.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.custodia.governance.CaseExports;
import org.custodia.platform.UkCalendar;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders an exported case as PDF from its own XHTML template (openhtmltopdf needs well-formed XHTML). */
@Component
class ExportDocuments {

    private static final DateTimeFormatter PRODUCED =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(UkCalendar.ZONE);

    private final TemplateEngine templates;

    ExportDocuments(TemplateEngine templates) {
        this.templates = templates;
    }

    static String produced(CaseExports.Exported exported) {
        return PRODUCED.format(exported.producedAt());
    }

    byte[] pdf(CaseExports.Exported exported) {
        Context context = new Context();
        context.setVariable("exported", exported);
        context.setVariable("producedAt", produced(exported));
        String xhtml = templates.process("governance/case-export-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the case as PDF", e);
        }
    }
}
