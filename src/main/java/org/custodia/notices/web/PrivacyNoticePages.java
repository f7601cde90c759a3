package org.custodia.notices.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.custodia.identity.Organisations;
import org.custodia.notices.NoticeDraft;
import org.custodia.notices.PrivacyNotices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's editor of the organisation's privacy notice: adopt, edit sections, publish. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class PrivacyNoticePages {

    private static final String BASE = "/data-protection/privacy-notice";

    private final PrivacyNotices notices;
    private final Organisations organisations;

    PrivacyNoticePages(PrivacyNotices notices, Organisations organisations) {
        this.notices = notices;
        this.organisations = organisations;
    }

    @GetMapping(BASE)
    String overview(Model model) {
        if (!notices.adopted()) {
            model.addAttribute("editorBase", BASE);
            return "notices/adopt";
        }
        return EditorModel.overview(model, notices.draft(), BASE, publicBase());
    }

    @PostMapping(BASE + "/adoption")
    String adopt(RedirectAttributes redirect) {
        notices.adoptReadyMade();
        redirect.addFlashAttribute("notice", "Ready-made notice adopted: check each section, then publish it");
        return "redirect:" + BASE;
    }

    @GetMapping(BASE + "/sections/{slug}")
    String section(@PathVariable String slug, Model model) {
        NoticeDraft draft = notices.draft();
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
                notices.draft(), slug, notices::editSection, form, BASE, model, redirect, response);
    }

    @PostMapping(BASE + "/publication")
    String publish(Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return EditorModel.publish(
                notices::publish,
                () -> EditorModel.overview(model, notices.draft(), BASE, publicBase()),
                BASE,
                model,
                redirect,
                response);
    }

    private String publicBase() {
        return "/organisations/" + organisations.current().code() + "/privacy-notice";
    }
}
