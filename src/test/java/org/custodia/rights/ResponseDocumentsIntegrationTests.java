package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.InformationSection;
import org.custodia.personaldata.SubjectFile;
import org.custodia.shared.DataSubjectId;
import org.custodia.testing.CustodiaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The PDF and the ZIP package hold the redacted data, the withheld list and the supplementary information. */
@CustodiaTest
class ResponseDocumentsIntegrationTests {

    static final String SECRET = "told by Sam Jones";

    @Autowired
    ResponseDocuments documents;

    @Autowired
    JsonMapper json;

    final ResponseDetails details = new ResponseDetails(
            "Northshire Council", "SAR-2026-0042", "Kerry Smith (parent)", "Jayden Smith", LocalDate.of(2026, 11, 25));

    RedactedFile redacted() {
        HeldRecord note = HeldRecord.of("casework.note:1", "Case notes", Instant.parse("2026-11-01T10:00:00Z"))
                .field("Note", "The police were " + SECRET + ".")
                .build();
        HeldRecord formula = HeldRecord.of("casework.address:3", "Addresses", Instant.parse("2026-10-01T10:00:00Z"))
                .field("Line 1", "=HYPERLINK(\"http://evil\")")
                .build();
        SubjectFile file = new SubjectFile(
                List.of(DataSubjectId.random()),
                Instant.parse("2026-11-25T09:00:00Z"),
                Map.of("Case notes", List.of(note), "Addresses", List.of(formula)),
                List.of(new InformationSection(
                        "Your right to complain", "UK GDPR Art 77", List.of("ico.org.uk, 0303 123 1113"))));
        return RedactedFile.of(
                file,
                List.of(Redaction.passage("casework.note:1", "Note", SECRET, Exemption.THIRD_PARTY, "informant")));
    }

    @Test
    void theZipHoldsDataCsvAndWithheldItemsEachCheckedByTheManifest() throws Exception {
        Map<String, byte[]> files = unzip(documents.zip(redacted(), details));

        assertThat(files)
                .containsOnlyKeys(
                        "data.json", "csv/case-notes.csv", "csv/addresses.csv", "withheld.json", "manifest.json");
        JsonNode manifest = json.readTree(files.get("manifest.json"));
        assertThat(manifest.get("files")).hasSize(4);
        for (JsonNode listed : manifest.get("files")) {
            byte[] content = files.get(listed.get("file").asString());
            assertThat(content).as(listed.get("file").asString()).isNotNull();
            assertThat(listed.get("size").asInt()).isEqualTo(content.length);
            assertThat(listed.get("sha256").asString())
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        }
        JsonNode data = json.readTree(files.get("data.json"));
        assertThat(data.at("/requestReference").asString()).isEqualTo("SAR-2026-0042");
        assertThat(data.at("/records/Case notes/0/fields/Note").asString()).isEqualTo("The police were [withheld].");
        assertThat(data.at("/supplementaryInformation/0/points/0").asString()).contains("0303 123 1113");
        assertThat(data.at("/withheld/0/law").asString()).isEqualTo("DPA 2018 Sch 2 Pt 3");
        assertThat(json.readTree(files.get("withheld.json"))
                        .get(0)
                        .get("exemption")
                        .asString())
                .isEqualTo(Exemption.THIRD_PARTY.label());
        for (byte[] content : files.values()) {
            assertThat(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain(SECRET);
        }
        List<CSVRecord> addresses = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(
                        new String(files.get("csv/addresses.csv"), java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(addresses.get(0).get("Line 1"))
                .as("formula injection defused")
                .startsWith("'=");
    }

    @Test
    void thePdfShowsTheDataWithTheWithheldPartMarkedAndTheExemption() throws Exception {
        byte[] pdf = documents.pdf(redacted(), details);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Northshire Council", "SAR-2026-0042", "Jayden Smith")
                    .contains("The police were [withheld].")
                    .contains("Information about other people (DPA 2018 Sch 2 Pt 3)")
                    .contains("0303 123 1113")
                    .doesNotContain("Sam Jones");
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
