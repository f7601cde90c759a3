package org.custodia.retention.web;

import org.custodia.retention.RetentionSchedule;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The organisation's published retention schedule, for anyone (the privacy notice links to it): the
 * rules only, no personal data. An organisation that has not adopted a schedule has no page.
 */
@Controller
class PublishedSchedulePage {

    private final RetentionSchedule schedule;

    PublishedSchedulePage(RetentionSchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/organisations/{organisationCode}/retention-schedule")
    String published(@PathVariable String organisationCode, Model model) {
        model.addAttribute(
                "published",
                schedule.published(organisationCode).orElseThrow(() -> new NotFound("Retention schedule")));
        return "retention/published";
    }
}
