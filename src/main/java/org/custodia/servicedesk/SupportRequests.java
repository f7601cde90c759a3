package org.custodia.servicedesk;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.platform.Tenancy;
import org.custodia.servicedesk.internal.ScreenshotRows;
import org.custodia.servicedesk.internal.ServiceDeskRecords;
import org.custodia.servicedesk.internal.SupportRequestRows;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's side of the service desk: raising a request, reading their own requests and the desk's
 * replies, answering. Only the requester ever reaches a request here: anyone else's is not found,
 * and row-level security keeps every other organisation's out of sight anyway.
 */
@Component
@PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
public class SupportRequests {

    static final int SUBJECT_LIMIT = 150;
    static final int TEXT_LIMIT = 5000;

    private final SupportRequestRows rows;
    private final ScreenshotRows screenshots;
    private final ServiceDeskRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    SupportRequests(
            SupportRequestRows rows,
            ScreenshotRows screenshots,
            ServiceDeskRecords records,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.screenshots = screenshots;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises a request; the screenshot (null for none) must be a PNG or JPEG under 5 MB. */
    @Transactional
    public UUID raise(String subject, String description, byte[] screenshot) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkText(errors, "subject", subject, SUBJECT_LIMIT, "Enter what you need help with");
        checkText(errors, "description", description, TEXT_LIMIT, "Describe the problem");
        String type = null;
        if (screenshot != null && screenshot.length > 0) {
            try {
                type = ScreenshotRows.check(screenshot);
            } catch (InvalidInput e) {
                errors.putAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Actor me = Tenancy.requireActor();
        UUID id = UUID.randomUUID();
        rows.insert(id, me.id(), subject.strip(), Channel.WEB, null, clock.instant());
        rows.addMessage(id, false, me.id().value(), Channel.WEB, description.strip(), clock.instant());
        if (type != null) {
            screenshots.store(id, type, screenshot, clock.instant());
        }
        record("servicedesk.request.raised", id, type == null ? null : "screenshot attached");
        return id;
    }

    @Transactional
    public List<SupportRequest> mine() {
        audit.record(AuditRecord.of("servicedesk.requests.listed", Outcome.SUCCESS));
        return rows.of(Tenancy.requireActor().id());
    }

    @Transactional
    public SupportRequest get(UUID id) {
        requireMine(id);
        record("servicedesk.request.read", id, null);
        return rows.find(id).orElseThrow(() -> new NotFound("Support request"));
    }

    /** The user answers on the page: the request is the desk's to act on again. */
    @Transactional
    public void reply(UUID id, String text) {
        requireMine(id);
        Map<String, String> errors = new LinkedHashMap<>();
        checkText(errors, "message", text, TEXT_LIMIT, "Enter your reply");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        rows.addMessage(id, false, Tenancy.requireActor().id().value(), Channel.WEB, text.strip(), clock.instant());
        rows.setStatus(id, RequestStatus.OPEN, clock.instant());
        record("servicedesk.request.replied", id, "by the user");
    }

    @Transactional
    public ScreenshotRows.Download screenshot(UUID id, UUID screenshot) {
        requireMine(id);
        record("servicedesk.screenshot.downloaded", id, null);
        return screenshots.open(id, screenshot).orElseThrow(() -> new NotFound("Screenshot"));
    }

    /** What the desk holds about the signed-in user, as their subject access response would give it. */
    @Transactional
    public List<HeldRecord> myRecords() {
        Actor me = Tenancy.requireActor();
        audit.record(AuditRecord.of("servicedesk.records.exported", Outcome.SUCCESS)
                .about("user", me.id().value())
                .concerning(me.id().value()));
        return records.of(me.id().value());
    }

    private void requireMine(UUID id) {
        UUID me = Tenancy.requireActor().id().value();
        if (!rows.owner(id).map(me::equals).orElse(false)) {
            throw new NotFound("Support request");
        }
    }

    private void record(String action, UUID id, String detail) {
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("support_request", id)
                .concerning(Tenancy.requireActor().id().value())
                .withDetail(detail));
    }

    static void checkText(Map<String, String> errors, String field, String value, int limit, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > limit) {
            errors.put(field, "Use " + limit + " characters or fewer");
        }
    }
}
