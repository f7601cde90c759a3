package org.custodia.governance.web;

import java.util.Comparator;
import java.util.List;
import org.custodia.platform.DashboardSection;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The data protection officer's starting page: clocks, tasks and registers. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class DashboardController {

    private final List<DashboardSection> sections;

    DashboardController(List<DashboardSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(DashboardSection::order))
                .toList();
    }

    @GetMapping("/data-protection")
    @Transactional(readOnly = true)
    String dashboard(Model model) {
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(section -> new SectionView(section.title(), section.items()))
                        .toList());
        return "governance/dashboard";
    }

    record SectionView(String title, List<org.custodia.platform.DashboardItem> items) {}
}
