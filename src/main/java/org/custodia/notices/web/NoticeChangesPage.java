package org.custodia.notices.web;

import java.util.List;
import org.custodia.notices.Language;
import org.custodia.notices.NoticeChanges;
import org.custodia.notices.NoticeChanges.ChangedNotice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Shown as a person signs in when a notice they work under has changed: what changed, and "I have read it". */
@Controller
@PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
class NoticeChangesPage {

    private final NoticeChanges changes;

    NoticeChangesPage(NoticeChanges changes) {
        this.changes = changes;
    }

    @GetMapping(NoticeChanges.PAGE)
    String show(Model model) {
        List<ChangedNotice> changed = changes.forMe();
        if (changed.isEmpty()) {
            return "redirect:/";
        }
        model.addAttribute("changed", changed);
        model.addAttribute("t", PageText.of(Language.ENGLISH));
        model.addAttribute("language", Language.ENGLISH);
        model.addAttribute("nested", true);
        model.addAttribute(
                "dates",
                changed.stream()
                        .map(c -> PageText.date(c.version().publishedAt(), Language.ENGLISH))
                        .toList());
        model.addAttribute(
                "links",
                changed.stream().map(c -> NoticePageModel.base(c.publisher())).toList());
        return "notices/changed";
    }

    @PostMapping(NoticeChanges.PAGE)
    String acknowledge() {
        changes.acknowledge();
        return "redirect:/";
    }
}
