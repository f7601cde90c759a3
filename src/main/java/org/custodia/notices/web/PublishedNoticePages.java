package org.custodia.notices.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.custodia.notices.Language;
import org.custodia.notices.NoticeVersion;
import org.custodia.notices.PublishedNotices;
import org.custodia.notices.PublishedNotices.Publisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published notices, for anyone and without signing in: an organisation's at
 * {@code /organisations/{code}/privacy-notice}, the processor's at {@code /privacy}; each with its
 * versions, what changed in each, and a JSON copy of each, in English or Welsh ({@code ?lang=cy}).
 */
@Controller
class PublishedNoticePages {

    private static final String ORGANISATION = "/organisations/{code}/privacy-notice";
    private static final String PROCESSOR = "/privacy";

    private final PublishedNotices notices;

    PublishedNoticePages(PublishedNotices notices) {
        this.notices = notices;
    }

    @GetMapping(ORGANISATION)
    String organisationNotice(
            @PathVariable String code,
            @RequestParam(required = false) String lang,
            Model model,
            HttpServletResponse response) {
        return current(notices.organisation(code), lang, model, response);
    }

    @GetMapping(PROCESSOR)
    String processorNotice(@RequestParam(required = false) String lang, Model model, HttpServletResponse response) {
        return current(Publisher.processor(), lang, model, response);
    }

    @GetMapping(ORGANISATION + "/versions")
    String organisationVersions(@PathVariable String code, @RequestParam(required = false) String lang, Model model) {
        return versions(notices.organisation(code), lang, model);
    }

    @GetMapping(PROCESSOR + "/versions")
    String processorVersions(@RequestParam(required = false) String lang, Model model) {
        return versions(Publisher.processor(), lang, model);
    }

    @GetMapping(ORGANISATION + "/versions/{number}")
    String organisationVersion(
            @PathVariable String code,
            @PathVariable String number,
            @RequestParam(required = false) String lang,
            Model model) {
        return version(notices.organisation(code), number, lang, model);
    }

    @GetMapping(PROCESSOR + "/versions/{number}")
    String processorVersion(@PathVariable String number, @RequestParam(required = false) String lang, Model model) {
        return version(Publisher.processor(), number, lang, model);
    }

    @GetMapping(ORGANISATION + "/versions/{number}/changes")
    String organisationChanges(
            @PathVariable String code,
            @PathVariable String number,
            @RequestParam(required = false) String lang,
            Model model) {
        return changes(notices.organisation(code), number, lang, model);
    }

    @GetMapping(PROCESSOR + "/versions/{number}/changes")
    String processorChanges(@PathVariable String number, @RequestParam(required = false) String lang, Model model) {
        return changes(Publisher.processor(), number, lang, model);
    }

    @GetMapping(ORGANISATION + "/versions/{number}.json")
    ResponseEntity<NoticeVersion> organisationExport(@PathVariable String code, @PathVariable String number) {
        return export(notices.organisation(code), number);
    }

    @GetMapping(PROCESSOR + "/versions/{number}.json")
    ResponseEntity<NoticeVersion> processorExport(@PathVariable String number) {
        return export(Publisher.processor(), number);
    }

    private String current(Publisher publisher, String lang, Model model, HttpServletResponse response) {
        Language language = NoticePageModel.fill(model, publisher, lang);
        Optional<NoticeVersion> version = notices.current(publisher);
        if (version.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "notices/not-published";
        }
        return show(model, version.get(), language, true);
    }

    private String versions(Publisher publisher, String lang, Model model) {
        Language language = NoticePageModel.fill(model, publisher, lang);
        List<NoticeVersion> versions = notices.versions(publisher);
        model.addAttribute("versions", versions);
        model.addAttribute(
                "dates",
                versions.stream()
                        .map(v -> PageText.date(v.publishedAt(), language))
                        .toList());
        return "notices/versions";
    }

    private String version(Publisher publisher, String number, String lang, Model model) {
        Language language = NoticePageModel.fill(model, publisher, lang);
        NoticeVersion version = notices.version(publisher, NoticePageModel.number(number));
        boolean current = notices.current(publisher)
                .map(latest -> latest.number() == version.number())
                .orElse(false);
        return show(model, version, language, current);
    }

    private String changes(Publisher publisher, String number, String lang, Model model) {
        Language language = NoticePageModel.fill(model, publisher, lang);
        NoticeVersion version = notices.version(publisher, NoticePageModel.number(number));
        model.addAttribute("version", version);
        NoticePageModel.date(model, "publishedOn", version.publishedAt(), language);
        model.addAttribute("difference", notices.changes(publisher, version.number()));
        return "notices/changes";
    }

    private ResponseEntity<NoticeVersion> export(Publisher publisher, String number) {
        NoticeVersion version = notices.version(publisher, NoticePageModel.number(number));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"privacy-notice-"
                                + (publisher.organisationCode() == null ? "custodia" : publisher.organisationCode())
                                + "-v" + version.number() + ".json\"")
                .body(version);
    }

    private static String show(Model model, NoticeVersion version, Language language, boolean current) {
        model.addAttribute("version", version);
        model.addAttribute("noticeContent", version.content());
        model.addAttribute("facts", version.content().facts());
        model.addAttribute("current", current);
        NoticePageModel.date(model, "publishedOn", version.publishedAt(), language);
        return "notices/notice";
    }
}
