package org.custodia.identity.web;

import java.util.List;
import org.custodia.identity.AccessReport;
import org.custodia.identity.AccessReportFollowUps;
import org.custodia.identity.Account;
import org.custodia.identity.AdministratorAccessReports;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: messages for the person and where to go next. */
@Controller
class HomeController {

    private final Account account;
    private final AdministratorAccessReports accessReports;
    private final List<AccessReportFollowUps> followUps;

    HomeController(Account account, AdministratorAccessReports accessReports, List<AccessReportFollowUps> followUps) {
        this.account = account;
        this.accessReports = accessReports;
        this.followUps = followUps;
    }

    /** A report as the DPO sees it on the home page, with what can be done about it. */
    record ReportItem(AccessReport report, List<AccessReportFollowUps.FollowUp> followUps) {}

    @GetMapping("/")
    String home(Model model) {
        Actor actor = Tenancy.currentActor().orElseThrow();
        if (actor.isOperator()) {
            return "redirect:/operator/organisations";
        }
        model.addAttribute("notifications", account.notifications());
        if (actor.has(Role.DATA_PROTECTION_OFFICER)) {
            model.addAttribute(
                    "accessReports",
                    accessReports.recent().stream()
                            .map(report -> new ReportItem(
                                    report,
                                    followUps.stream()
                                            .map(followUp -> followUp.of(report.id()))
                                            .toList()))
                            .toList());
        }
        return "identity/home";
    }
}
