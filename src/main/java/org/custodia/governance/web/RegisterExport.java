package org.custodia.governance.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.custodia.governance.ProcessingRegister;
import org.custodia.governance.ProcessingRegister.Register;
import org.custodia.platform.UkCalendar;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Downloads of the whole record of processing, as the organisation would hand it to the ICO. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class RegisterExport {

    private final ProcessingRegister register;
    private final RegisterPdf pdf;

    RegisterExport(ProcessingRegister register, RegisterPdf pdf) {
        this.register = register;
        this.pdf = pdf;
    }

    @GetMapping("/data-protection/activities/register.csv")
    ResponseEntity<byte[]> csv() {
        Register exported = register.export("csv");
        return download(
                RegisterCsv.of(exported).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                fileName(exported, "csv"));
    }

    @GetMapping("/data-protection/activities/register.pdf")
    ResponseEntity<byte[]> pdf() {
        Register exported = register.export("pdf");
        return download(pdf.of(exported), MediaType.APPLICATION_PDF, fileName(exported, "pdf"));
    }

    private static String fileName(Register exported, String extension) {
        LocalDate day = exported.producedAt().atZone(UkCalendar.ZONE).toLocalDate();
        return "record-of-processing-" + exported.controller().code().toLowerCase() + "-" + day + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
