package org.custodia.rights.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.InformationSection;
import org.custodia.rights.RedactedFile;
import org.custodia.rights.ResponseDetails;
import org.custodia.rights.WithheldItem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable response (Art 15(3), Art 20): data.json with every record and the
 * supplementary information, one CSV per category, withheld.json, and manifest.json naming every
 * other file with its size and SHA-256, so the requester can check nothing was altered on the way.
 */
@Component
public class ResponsePackage {

    private final JsonMapper json;

    ResponsePackage(JsonMapper json) {
        this.json = json;
    }

    public byte[] render(RedactedFile file, ResponseDetails details) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("data.json", json(data(file, details)));
        for (String category : file.categories()) {
            files.put("csv/" + fileName(category, files.keySet()) + ".csv", csv(file.recordsIn(category)));
        }
        files.put("withheld.json", json(withheld(file.withheld())));
        List<Map<String, Object>> listed = new ArrayList<>();
        files.forEach(
                (name, bytes) -> listed.add(ordered("file", name, "size", bytes.length, "sha256", sha256(bytes))));
        files.put(
                "manifest.json",
                json(ordered("requestReference", details.requestReference(), "algorithm", "SHA-256", "files", listed)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> data(RedactedFile file, ResponseDetails details) {
        Map<String, Object> records = new LinkedHashMap<>();
        for (String category : file.categories()) {
            records.put(
                    category,
                    file.recordsIn(category).stream()
                            .map(ResponsePackage::record)
                            .toList());
        }
        List<Map<String, Object>> supplementary = new ArrayList<>();
        for (InformationSection section : file.supplementary()) {
            supplementary.add(
                    ordered("heading", section.heading(), "article", section.article(), "points", section.points()));
        }
        return ordered(
                "organisation", details.organisationName(),
                "requestReference", details.requestReference(),
                "requester", details.requester(),
                "subject", details.subjectName(),
                "date", details.date().toString(),
                "basis", details.basis(),
                "assembledAt", file.source().assembledAt().toString(),
                "records", records,
                "supplementaryInformation", supplementary,
                "withheld", withheld(file.withheld()));
    }

    private static Map<String, Object> record(HeldRecord record) {
        return ordered(
                "id", record.id(),
                "recorded", record.recorded() == null ? null : record.recorded().toString(),
                "fields", record.fields());
    }

    private static List<Map<String, Object>> withheld(List<WithheldItem> items) {
        return items.stream()
                .map(w -> ordered(
                        "record", w.recordId(),
                        "category", w.category(),
                        "withheld", w.what(),
                        "exemption", w.exemption().label(),
                        "law", w.exemption().legalReference()))
                .toList();
    }

    /** Columns: the record's id and time, then every field name in the order the records first use them. */
    static byte[] csv(List<HeldRecord> records) {
        Set<String> fields = new LinkedHashSet<>();
        records.forEach(r -> fields.addAll(r.fields().keySet()));
        List<String> headers = new ArrayList<>(List.of("Record", "Recorded"));
        headers.addAll(fields);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setHeader(headers.stream().map(ResponsePackage::defused).toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (HeldRecord r : records) {
                List<String> row = new ArrayList<>();
                row.add(r.id());
                row.add(r.recorded() == null ? "" : r.recorded().toString());
                fields.forEach(f -> row.add(r.fields().get(f)));
                csv.printRecord(row.stream().map(ResponsePackage::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell a spreadsheet would evaluate (=, +, -, @, tab, carriage return first) is kept as text (OWASP). */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String fileName(String category, Set<String> taken) {
        String base =
                category.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String name = base.isEmpty() ? "records" : base;
        for (int n = 2; taken.contains("csv/" + name + ".csv"); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] json(Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
