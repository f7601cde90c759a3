package org.custodia.notices.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.custodia.notices.NoticeDraft;
import org.custodia.notices.ProcessorNotice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform operators' editor of the processor's notice for the users of Custodia. */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class ProcessorNoticePages {

    private static final String BASE = "/operator/privacy-notice";

    private final ProcessorNotice notice;

    ProcessorNoticePages(ProcessorNotice notice) {
        this.notice = notice;
    }

    @GetMapping(BASE)
    String overview(Model model) {
        return EditorModel.overview(model, notice.draft(), BASE, "/privacy");
    }

    @GetMapping(BASE + "/sections/{slug}")
    String section(@PathVariable String slug, Model model) {
        NoticeDraft draft = notice.draft();
        return EditorModel.section(model, draft, EditorModel.section(draft, slug), null, BASE);
    }

    @PostMapping(BASE + "/sections/{slug}")
    String saveSection(
            @PathVariable String slug,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return EditorModel.saveSection(
                notice.draft(), slug, notice::editSection, form, BASE, model, redirect, response);
    }

    @PostMapping(BASE + "/publication")
    String publish(Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return EditorModel.publish(
                notice::publish,
                () -> EditorModel.overview(model, notice.draft(), BASE, "/privacy"),
                BASE,
                model,
                redirect,
                response);
    }
}
