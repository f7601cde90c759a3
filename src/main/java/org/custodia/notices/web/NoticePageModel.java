package org.custodia.notices.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodia.notices.Language;
import org.custodia.notices.Notice;
import org.custodia.notices.PublishedNotices.Publisher;
import org.custodia.notices.internal.NoticeLines;
import org.springframework.ui.Model;

/** What every public notice page puts in its model: whose notice, in which language, and its words. */
final class NoticePageModel {

    /** A paragraph, or a run of bullet points shown as one list. */
    record Block(boolean bullets, List<String> lines) {}

    /** Prose as blocks for the page. */
    static final class Prose {

        public List<Block> blocks(String text) {
            List<Block> blocks = new ArrayList<>();
            for (String paragraph : NoticeLines.paragraphs(text == null ? "" : text)) {
                boolean bullet = paragraph.startsWith("- ");
                Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (bullet && last != null && last.bullets()) {
                    last.lines().add(paragraph.substring(2));
                } else {
                    blocks.add(
                            new Block(bullet, new ArrayList<>(List.of(bullet ? paragraph.substring(2) : paragraph))));
                }
            }
            return blocks;
        }
    }

    private static final Prose PROSE = new Prose();

    private NoticePageModel() {}

    static Language fill(Model model, Publisher publisher, String lang) {
        Language language = Language.of(lang);
        Map<String, String> text = PageText.of(language);
        model.addAttribute("publisher", publisher);
        model.addAttribute("language", language);
        model.addAttribute("pageLanguage", language.code());
        model.addAttribute("t", text);
        model.addAttribute("prose", PROSE);
        model.addAttribute("rights", PageText.RIGHTS);
        model.addAttribute("base", base(publisher));
        model.addAttribute(
                "noticeTitle",
                publisher.notice() == Notice.PROCESSOR ? text.get("processorNotice") : text.get("privacyNotice"));
        return language;
    }

    static void date(Model model, String name, Instant instant, Language language) {
        model.addAttribute(name, PageText.date(instant, language));
    }

    /** Where the notice lives: {@code /organisations/{code}/privacy-notice}, or {@code /privacy}. */
    static String base(Publisher publisher) {
        return publisher.notice() == Notice.PROCESSOR
                ? "/privacy"
                : "/organisations/" + publisher.organisationCode() + "/privacy-notice";
    }

    static int number(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new org.custodia.shared.NotFound("Privacy notice version");
        }
    }
}
