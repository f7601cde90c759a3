package org.custodia.governance.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.ProcessingActivity;
import org.custodia.governance.ProcessingRegister.Register;
import org.custodia.identity.Colleagues.Contact;

/**
 * The register as CSV, one row per activity with every Art 30 field and the controller's details on
 * each row. Commons CSV does the quoting; cells that a spreadsheet would run as a formula are
 * defused with a leading apostrophe (OWASP CSV injection).
 */
final class RegisterCsv {

    static final List<String> HEADERS = List.of(
            "Controller",
            "Data protection officer",
            "Activity",
            "Status",
            "Description",
            "Purposes",
            "Categories of people",
            "Categories of personal data",
            "Lawful basis (Art 6)",
            "Law relied on",
            "Special-category conditions (Art 9)",
            "Criminal offence data condition (Art 10)",
            "Recipients",
            "Retention",
            "International transfers",
            "Recorded transfers and safeguards (Ch V)",
            "Automated decision-making or profiling",
            "High risk",
            "DPIA",
            "Case types");

    private RegisterCsv() {}

    static String of(Register register) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setHeader(HEADERS.toArray(String[]::new))
                .get();
        String controller = register.controller().name();
        String dpos = register.dataProtectionOfficers().stream()
                .map(RegisterCsv::contact)
                .collect(Collectors.joining("; "));
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ProcessingActivity activity : register.activities()) {
                ActivityDetails d = activity.details();
                List<String> row = new ArrayList<>();
                row.add(controller);
                row.add(dpos);
                row.add(d.name());
                row.add(activity.status().label());
                row.add(d.description());
                row.add(d.purposes());
                row.add(d.dataSubjects());
                row.add(d.personalData());
                row.add(d.lawfulBasis().label() + " (" + d.lawfulBasis().article() + ")");
                row.add(d.legalProvision());
                row.add(d.art9Conditions().stream()
                        .sorted()
                        .map(Art9Condition::citation)
                        .collect(Collectors.joining("; ")));
                row.add(d.art10Condition() == null ? "" : d.art10Condition().citation());
                row.add(d.recipients());
                row.add(d.retention());
                row.add(d.internationalTransfers());
                row.add(String.join("; ", register.transfersOf(activity)));
                row.add(d.automatedDecisions() ? "Yes: " + d.automatedDecisionsDescription() : "No");
                row.add(activity.dpiaRequired() ? "Yes" : "No");
                row.add(
                        activity.dpiaTitle() == null
                                ? ""
                                : activity.dpiaTitle() + (activity.dpiaSignedOff() ? " (signed off)" : " (draft)"));
                row.add(d.caseTypes().stream().sorted().map(t -> t.label()).collect(Collectors.joining("; ")));
                csv.printRecord(row.stream().map(RegisterCsv::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would evaluate (=, +, -, @, tab, carriage return first) is kept as text. */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + cell : cell;
    }

    private static String contact(Contact contact) {
        return contact.name() + " <" + contact.email() + ">";
    }
}
