package org.custodia.correspondence.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A letter as a PDF. The filled-in text goes into a fixed Thymeleaf page only through {@code th:text},
 * which escapes it: neither the organisation's template nor the values can add markup or code.
 */
@Component
public class LetterPdf {

    private final ITemplateEngine templates;

    LetterPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String organisationName, String date, String subject, String body) {
        String html = templates.process(
                "correspondence/letter-pdf",
                new Context(
                        Locale.UK,
                        Map.of(
                                "organisationName", organisationName,
                                "date", date,
                                "subject", subject,
                                "paragraphs", paragraphs(body))));
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

    /** Paragraphs are separated by blank lines; each is a list of its lines. */
    static List<List<String>> paragraphs(String body) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(List.of(paragraph.strip().split("\n")));
            }
        }
        return paragraphs;
    }
}
