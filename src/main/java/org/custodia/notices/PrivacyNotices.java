package org.custodia.notices;

import java.time.Clock;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.notices.internal.NoticeDrafts;
import org.custodia.notices.internal.NoticeRows;
import org.custodia.notices.internal.ReadyMadeNotices;
import org.custodia.notices.internal.RegisterSnapshot;
import org.custodia.platform.Tenancy;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's privacy notice as its data protection officer writes it: adopting the ready-made
 * notice for its kind of organisation, editing sections, and publishing versions that carry what the
 * registers say at that moment.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class PrivacyNotices {

    private final NoticeRows rows;
    private final NoticeDrafts drafts;
    private final RegisterSnapshot registers;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    PrivacyNotices(
            NoticeRows rows,
            NoticeDrafts drafts,
            RegisterSnapshot registers,
            Organisations organisations,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.drafts = drafts;
        this.registers = registers;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean adopted() {
        return rows.template().isPresent();
    }

    /** Adopts the ready-made notice for the organisation's kind, as a draft to edit. */
    @Transactional
    public void adoptReadyMade() {
        if (adopted()) {
            throw new InvalidInput("template", "The ready-made notice has already been adopted: edit its sections");
        }
        Organisation organisation = organisations.current();
        rows.adopt(organisation.kind().name(), Tenancy.requireActor().id().value(), clock.instant());
        for (SectionText text :
                ReadyMadeNotices.forOrganisation(organisation.kind().name(), organisation.name())) {
            drafts.save(Notice.ORGANISATION, text.section(), text.english(), text.welsh());
        }
        audit.record(AuditRecord.of("privacy-notice.adopted", Outcome.SUCCESS)
                .about("privacy-notice", organisation.code())
                .withDetail("ready-made notice: " + organisation.kind().name()));
    }

    /** The draft beside the latest version, with the registers read now. */
    @Transactional
    public NoticeDraft draft() {
        String template = rows.template().orElseThrow(() -> new NotFound("Privacy notice"));
        return drafts.draft(Notice.ORGANISATION, template, registers.now(), List.of());
    }

    @Transactional
    public void editSection(NoticeSection section, String english, String welsh) {
        if (!adopted()) {
            throw new NotFound("Privacy notice");
        }
        drafts.save(Notice.ORGANISATION, section, english, welsh);
        audit.record(AuditRecord.of("privacy-notice.section-edited", Outcome.SUCCESS)
                .about("privacy-notice", organisations.current().code())
                .withDetail(section.name()));
    }

    /** Publishes the draft as the next version; the versions before it stay readable, unchanged. */
    @Transactional
    public NoticeVersion publish() {
        Organisation organisation = organisations.current();
        NoticeVersion version = drafts.publish(draft(), organisation.code(), organisation.name());
        audit.record(AuditRecord.of("privacy-notice.published", Outcome.SUCCESS)
                .about("privacy-notice", organisation.code())
                .withDetail("version " + version.number()));
        return version;
    }
}
