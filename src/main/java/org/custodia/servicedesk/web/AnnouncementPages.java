package org.custodia.servicedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.servicedesk.Announcement.Severity;
import org.custodia.servicedesk.Announcements;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operators post service announcements and see them all; administrators see their organisation's. */
@Controller
class AnnouncementPages {

    private final Announcements announcements;

    AnnouncementPages(Announcements announcements) {
        this.announcements = announcements;
    }

    @GetMapping("/operator/announcements")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    String list(Model model) {
        return FormPage.show(new Form(), model, () -> withList(model));
    }

    @PostMapping("/operator/announcements")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    String post(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormPage.submit(
                form,
                () -> {
                    var starts = form.dateTime("startsAt", "The start");
                    var ends = form.dateTime("endsAt", "The end");
                    form.check();
                    announcements.post(
                            form.get("title"),
                            form.get("body"),
                            form.choice("severity", Severity.class),
                            starts,
                            ends,
                            codes(form.get("organisations")));
                    return "/operator/announcements";
                },
                "Announcement posted",
                () -> withList(model),
                model,
                redirect,
                response);
    }

    @GetMapping("/announcements")
    @PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
    String history(Model model) {
        model.addAttribute("announcements", announcements.history());
        return "servicedesk/history";
    }

    private String withList(Model model) {
        model.addAttribute("announcements", announcements.all());
        model.addAttribute("severities", Severity.values());
        return "servicedesk/announcements";
    }

    /** Organisation IDs separated by commas, spaces or lines; none means every organisation. */
    static List<String> codes(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
