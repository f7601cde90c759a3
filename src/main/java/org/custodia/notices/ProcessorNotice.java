package org.custodia.notices;

import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.notices.internal.NoticeDrafts;
import org.custodia.notices.internal.ReadyMadeNotices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processor's notice for the users of Custodia, written by platform operators. It starts from the
 * ready-made text; it shows nothing from any organisation's registers.
 */
@Component
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
public class ProcessorNotice {

    static final String TITLE = "Custodia";

    private final NoticeDrafts drafts;
    private final AuditTrail audit;

    ProcessorNotice(NoticeDrafts drafts, AuditTrail audit) {
        this.drafts = drafts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public NoticeDraft draft() {
        return drafts.draft(Notice.PROCESSOR, null, RegisterFacts.none(TITLE), ReadyMadeNotices.forProcessor());
    }

    @Transactional
    public void editSection(NoticeSection section, String english, String welsh) {
        drafts.save(Notice.PROCESSOR, section, english, welsh);
        audit.record(AuditRecord.of("processor-notice.section-edited", Outcome.SUCCESS)
                .about("processor-notice", "custodia")
                .withDetail(section.name()));
    }

    @Transactional
    public NoticeVersion publish() {
        NoticeVersion version = drafts.publish(draft(), null, TITLE);
        audit.record(AuditRecord.of("processor-notice.published", Outcome.SUCCESS)
                .about("processor-notice", "custodia")
                .withDetail("version " + version.number()));
        return version;
    }
}
