package org.custodia.rights;

import org.custodia.rights.internal.ResponsePackage;
import org.custodia.rights.internal.ResponsePdf;
import org.springframework.stereotype.Component;

/**
 * The two forms of a subject access response: a PDF to read, and a ZIP package to process (data.json,
 * one CSV per category, the withheld items, and a manifest of SHA-256 checksums). Both hold the data
 * after redaction and the supplementary information Art 15 requires.
 */
@Component
public class ResponseDocuments {

    private final ResponsePdf pdf;
    private final ResponsePackage zip;

    ResponseDocuments(ResponsePdf pdf, ResponsePackage zip) {
        this.pdf = pdf;
        this.zip = zip;
    }

    public byte[] pdf(RedactedFile file, ResponseDetails details) {
        return pdf.render(file, details);
    }

    public byte[] zip(RedactedFile file, ResponseDetails details) {
        return zip.render(file, details);
    }
}
