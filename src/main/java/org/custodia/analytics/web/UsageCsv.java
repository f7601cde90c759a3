package org.custodia.analytics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.custodia.analytics.UsageReport;

/**
 * A report as CSV: one table after another, each with a "table" column saying which. Counts are
 * written as shown on the page, so small ones are "fewer than 5" here too. Route templates and names
 * are our own, but cells are still defused against spreadsheet formulas.
 */
final class UsageCsv {

    private UsageCsv() {}

    static String of(UsageReport report) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setHeader(
                        "table",
                        "name",
                        "views",
                        "visitors",
                        "searches",
                        "failed searches",
                        "p50 ms",
                        "p90 ms",
                        "p99 ms")
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("scope", safe(report.scope()), report.views(), report.visitorDays(), "", "", "", "", "");
            for (var day : report.days()) {
                csv.printRecord("day", day.day(), day.views(), day.visitors(), "", "", "", "", "");
            }
            for (var route : report.routes()) {
                csv.printRecord(
                        "route",
                        safe(route.method() + " " + route.route()),
                        route.views(),
                        "",
                        route.searches(),
                        route.failed(),
                        "",
                        "",
                        "");
            }
            for (var speed : report.speeds()) {
                csv.printRecord(
                        "speed",
                        safe(speed.route()),
                        speed.requests(),
                        "",
                        "",
                        "",
                        blank(speed.p50()),
                        blank(speed.p90()),
                        blank(speed.p99()));
            }
            for (var share : report.browsers()) {
                csv.printRecord("browser", safe(share.name()), share.views(), "", "", "", "", "", "");
            }
            for (var share : report.devices()) {
                csv.printRecord("device", safe(share.name()), share.views(), "", "", "", "", "", "");
            }
            for (var organisation : report.organisations()) {
                csv.printRecord(
                        "organisation",
                        safe(organisation.name()),
                        organisation.views(),
                        organisation.visitorDays(),
                        "",
                        "",
                        "",
                        "",
                        "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String blank(Double value) {
        return value == null ? "" : value.toString();
    }

    /** OWASP CSV injection: a cell a spreadsheet would run as a formula gets a leading apostrophe. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
