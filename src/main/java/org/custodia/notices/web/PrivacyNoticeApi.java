package org.custodia.notices.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.custodia.notices.Notice;
import org.custodia.notices.NoticeDifference;
import org.custodia.notices.NoticeDraft;
import org.custodia.notices.NoticeSection;
import org.custodia.notices.NoticeVersion;
import org.custodia.notices.PrivacyNotices;
import org.custodia.notices.ProcessorNotice;
import org.custodia.notices.PublishedNotices;
import org.custodia.notices.PublishedNotices.Publisher;
import org.custodia.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Privacy notices as JSON: published versions for anyone (no sign-in), the organisation's draft for
 * its DPO, and the processor's draft for platform operators.
 */
@RestController
@Tag(name = "Privacy notices", description = "Published privacy notices and their versions; drafts and publishing")
class PrivacyNoticeApi {

    private static final String ORGANISATION = "/api/v1/organisations/{code}/privacy-notice";
    private static final String PROCESSOR = "/api/v1/processor-privacy-notice";
    private static final String DRAFT = "/api/v1/privacy-notice";
    private static final String PROCESSOR_DRAFT = "/api/v1/operator/processor-privacy-notice";

    private final PublishedNotices published;
    private final PrivacyNotices notices;
    private final ProcessorNotice processor;

    PrivacyNoticeApi(PublishedNotices published, PrivacyNotices notices, ProcessorNotice processor) {
        this.published = published;
        this.notices = notices;
        this.processor = processor;
    }

    record VersionEntry(int number, Instant publishedAt) {}

    record SectionChange(String english, String welsh) {}

    @GetMapping(ORGANISATION)
    NoticeVersion organisationCurrent(@PathVariable String code) {
        return current(published.organisation(code));
    }

    @GetMapping(ORGANISATION + "/versions")
    List<VersionEntry> organisationVersions(@PathVariable String code) {
        return versions(published.organisation(code));
    }

    @GetMapping(ORGANISATION + "/versions/{number}")
    NoticeVersion organisationVersion(@PathVariable String code, @PathVariable String number) {
        return published.version(published.organisation(code), NoticePageModel.number(number));
    }

    @GetMapping(ORGANISATION + "/versions/{number}/changes")
    NoticeDifference organisationChanges(@PathVariable String code, @PathVariable String number) {
        return published.changes(published.organisation(code), NoticePageModel.number(number));
    }

    @GetMapping(PROCESSOR)
    NoticeVersion processorCurrent() {
        return current(Publisher.processor());
    }

    @GetMapping(PROCESSOR + "/versions")
    List<VersionEntry> processorVersions() {
        return versions(Publisher.processor());
    }

    @GetMapping(PROCESSOR + "/versions/{number}")
    NoticeVersion processorVersion(@PathVariable String number) {
        return published.version(Publisher.processor(), NoticePageModel.number(number));
    }

    @GetMapping(PROCESSOR + "/versions/{number}/changes")
    NoticeDifference processorChanges(@PathVariable String number) {
        return published.changes(Publisher.processor(), NoticePageModel.number(number));
    }

    @GetMapping(DRAFT + "/draft")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    NoticeDraft draft() {
        return notices.draft();
    }

    @PostMapping(DRAFT + "/draft/adoption")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeDraft adopt() {
        notices.adoptReadyMade();
        return notices.draft();
    }

    @PutMapping(DRAFT + "/draft/sections/{slug}")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    NoticeDraft editSection(@PathVariable String slug, @RequestBody SectionChange change) {
        notices.editSection(section(Notice.ORGANISATION, slug), change.english(), change.welsh());
        return notices.draft();
    }

    @PostMapping(DRAFT + "/versions")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeVersion publish() {
        return notices.publish();
    }

    @GetMapping(PROCESSOR_DRAFT + "/draft")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    NoticeDraft processorDraft() {
        return processor.draft();
    }

    @PutMapping(PROCESSOR_DRAFT + "/draft/sections/{slug}")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    NoticeDraft editProcessorSection(@PathVariable String slug, @RequestBody SectionChange change) {
        processor.editSection(section(Notice.PROCESSOR, slug), change.english(), change.welsh());
        return processor.draft();
    }

    @PostMapping(PROCESSOR_DRAFT + "/versions")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeVersion publishProcessor() {
        return processor.publish();
    }

    private NoticeVersion current(Publisher publisher) {
        return published.current(publisher).orElseThrow(() -> new NotFound("Privacy notice"));
    }

    private List<VersionEntry> versions(Publisher publisher) {
        return published.versions(publisher).stream()
                .map(v -> new VersionEntry(v.number(), v.publishedAt()))
                .toList();
    }

    private static NoticeSection section(Notice notice, String slug) {
        return NoticeSection.bySlug(notice, slug).orElseThrow(() -> new NotFound("Section"));
    }
}
