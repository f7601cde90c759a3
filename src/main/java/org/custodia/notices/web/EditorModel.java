package org.custodia.notices.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.custodia.notices.Language;
import org.custodia.notices.NoticeDraft;
import org.custodia.notices.NoticeSection;
import org.custodia.notices.NoticeVersion;
import org.custodia.notices.internal.NoticeLines;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor pages both notices share: the draft's overview, a section's form, publishing. */
final class EditorModel {

    private EditorModel() {}

    static String overview(Model model, NoticeDraft draft, String editorBase, String publicBase) {
        model.addAttribute("draft", draft);
        model.addAttribute("editorBase", editorBase);
        model.addAttribute("publicBase", publicBase);
        model.addAttribute("english", Language.ENGLISH);
        if (draft.latest() != null) {
            model.addAttribute("latestOn", PageText.date(draft.latest().publishedAt(), Language.ENGLISH));
        }
        return "notices/editor";
    }

    static String section(
            Model model, NoticeDraft draft, NoticeSection section, Map<String, String> form, String editorBase) {
        model.addAttribute("section", section);
        model.addAttribute("editorBase", editorBase);
        model.addAttribute("english", Language.ENGLISH);
        model.addAttribute("registerLines", NoticeLines.facts(draft.current(), section));
        if (form == null) {
            Map<String, String> filled = new HashMap<>();
            filled.put("english", draft.section(section).english());
            filled.put("welsh", draft.section(section).welsh());
            form = filled;
        }
        model.addAttribute("form", form);
        return "notices/section";
    }

    static NoticeSection section(NoticeDraft draft, String slug) {
        return NoticeSection.bySlug(draft.notice(), slug).orElseThrow(() -> new NotFound("Section"));
    }

    /** Publishes, or shows the overview with what stops it. */
    static String publish(
            Supplier<NoticeVersion> publish,
            Supplier<String> overview,
            String editorBase,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            NoticeVersion version = publish.get();
            redirect.addFlashAttribute("notice", "Version " + version.number() + " published");
            return "redirect:" + editorBase;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            return overview.get();
        }
    }

    /** Saving a section, which the organisation's notice and the processor's do alike. */
    interface SectionEditor {
        void edit(NoticeSection section, String english, String welsh);
    }

    /** Saves the section and goes back to the editor, or shows the section again with its errors. */
    static String saveSection(
            NoticeDraft draft,
            String slug,
            SectionEditor editor,
            Map<String, String> form,
            String editorBase,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        NoticeSection section = section(draft, slug);
        try {
            editor.edit(section, form.get("english"), form.get("welsh"));
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            return section(model, draft, section, form, editorBase);
        }
        redirect.addFlashAttribute("notice", "\u201c" + section.label() + "\u201d saved. Publish to make it public");
        return "redirect:" + editorBase;
    }
}
