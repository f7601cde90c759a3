package org.custodia.analytics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.custodia.analytics.UsageReport;
import org.custodia.analytics.UsageStatistics;
import org.custodia.shared.OrganisationId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The usage dashboards and their CSV: the operator's (the whole platform, or one organisation) and
 * each organisation administrator's (their own organisation). The facade checks the roles again.
 */
@Controller
class UsagePages {

    private final UsageStatistics statistics;

    UsagePages(UsageStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/operator/usage")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    String platform(
            @RequestParam(defaultValue = "30") int days,
            @RequestParam(required = false) UUID organisation,
            Model model,
            HttpServletResponse response) {
        days = period(days, model, response);
        UsageReport report = organisation == null
                ? statistics.platform(days, false)
                : statistics.organisation(new OrganisationId(organisation), days, false);
        return show(report, days, "/operator/usage", organisation, model);
    }

    @GetMapping("/operator/usage.csv")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    ResponseEntity<String> platformCsv(
            @RequestParam(defaultValue = "30") int days, @RequestParam(required = false) UUID organisation) {
        UsageReport report = organisation == null
                ? statistics.platform(days, true)
                : statistics.organisation(new OrganisationId(organisation), days, true);
        return csv(report);
    }

    @GetMapping("/admin/usage")
    @PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
    String own(@RequestParam(defaultValue = "30") int days, Model model, HttpServletResponse response) {
        days = period(days, model, response);
        return show(statistics.own(days, false), days, "/admin/usage", null, model);
    }

    @GetMapping("/admin/usage.csv")
    @PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
    ResponseEntity<String> ownCsv(@RequestParam(defaultValue = "30") int days) {
        return csv(statistics.own(days, true));
    }

    /** A period not offered is shown as the default, with the GOV.UK error summary saying why. */
    private static int period(int days, Model model, HttpServletResponse response) {
        if (UsageStatistics.PERIODS.contains(days)) {
            return days;
        }
        model.addAttribute("errors", Map.of("days", "Choose 7, 30 or 90 days"));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return 30;
    }

    private static String show(UsageReport report, int days, String base, UUID organisation, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("days", days);
        model.addAttribute("base", base);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "viewsChart",
                BarChart.of(
                        "Page views per day",
                        report.days().stream().map(d -> d.day().toString()).toList(),
                        report.days().stream().map(UsageReport.DayUsage::views).toList()));
        return "analytics/usage";
    }

    private static ResponseEntity<String> csv(UsageReport report) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("usage-" + report.from() + "-to-" + report.to() + ".csv")
                                .build()
                                .toString())
                .body(UsageCsv.of(report));
    }
}
