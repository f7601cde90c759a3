package org.custodia.servicedesk;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.platform.Mailer;
import org.custodia.platform.Tenancy;
import org.custodia.servicedesk.internal.ScreenshotRows;
import org.custodia.servicedesk.internal.SupportRequestRows;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The operator's side of the service desk. The queue comes through a database function that admits
 * only the desk's own tables; a request is then read and changed in its organisation's context, by
 * this module alone, which has no way to any case record. Each read and change is audited in the
 * organisation's own trail, so its DPO can see what the processor did.
 */
@Component
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
public class ServiceDesk {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final SupportRequestRows rows;
    private final ScreenshotRows screenshots;
    private final Organisations organisations;
    private final Tenancy tenancy;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;

    ServiceDesk(
            SupportRequestRows rows,
            ScreenshotRows screenshots,
            Organisations organisations,
            Tenancy tenancy,
            AuditTrail audit,
            Mailer mailer,
            Clock clock,
            @Value("${custodia.base-url}") String baseUrl) {
        this.rows = rows;
        this.screenshots = screenshots;
        this.organisations = organisations;
        this.tenancy = tenancy;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Transactional
    public List<QueueEntry> queue() {
        audit.record(AuditRecord.of("servicedesk.queue.read", Outcome.SUCCESS));
        return rows.queue();
    }

    @Transactional
    public SupportRequest open(UUID id) {
        return in(id, () -> {
            record("servicedesk.request.read", id, null);
            return rows.find(id).orElseThrow(() -> new NotFound("Support request"));
        });
    }

    /**
     * Answers on the page and tells the user by email. The email carries a link, never the reply: what
     * the desk writes may echo what the user wrote, and that may be about a child.
     */
    @Transactional
    public void reply(UUID id, String text, RequestStatus status) {
        Map<String, String> errors = new LinkedHashMap<>();
        SupportRequests.checkText(errors, "message", text, SupportRequests.TEXT_LIMIT, "Enter your reply");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        in(id, () -> {
            SupportRequest request = rows.find(id).orElseThrow(() -> new NotFound("Support request"));
            rows.addMessage(id, true, me().value(), Channel.WEB, text.strip(), clock.instant());
            rows.setStatus(id, status == null ? RequestStatus.WAITING_FOR_USER : status, clock.instant());
            record("servicedesk.request.replied", id, "by the desk");
            if (request.requesterEmail() != null) {
                afterCommit(() -> mailer.send(
                        request.requesterEmail(),
                        "The service desk has replied to your request " + request.reference(),
                        "The Custodia service desk has replied to your support request " + request.reference()
                                + ".\n\nSign in to read the reply and answer it:\n" + baseUrl + "/support/requests/"
                                + id + "\n"));
            }
            return null;
        });
    }

    /** Changes where the request stands and who has it; a null assignee leaves it unassigned. */
    @Transactional
    public void update(UUID id, RequestStatus status, boolean assignToMe) {
        if (status == null) {
            throw new InvalidInput("status", "Select the status");
        }
        in(id, () -> {
            rows.setStatus(id, status, clock.instant());
            rows.assign(id, assignToMe ? me() : null);
            record("servicedesk.request.updated", id, "status " + status + (assignToMe ? ", assigned" : ""));
            return null;
        });
    }

    /** Records a contact by phone or email with a user of the organisation, as the first message of a request. */
    @Transactional
    public UUID recordContact(NewContact contact) {
        Organisation organisation = contact.check(organisations);
        return tenancy.callAs(organisation.id(), () -> {
            UserId user = rows.userByEmail(contact.email())
                    .orElseThrow(
                            () -> new InvalidInput("email", "Enter the email address of a user of that organisation"));
            UUID id = UUID.randomUUID();
            rows.insert(
                    id, user, contact.subject().strip(), contact.channel(), contact.contactDetails(), clock.instant());
            rows.addMessage(
                    id,
                    false,
                    user.value(),
                    contact.channel(),
                    contact.summary().strip(),
                    clock.instant());
            audit.record(AuditRecord.of("servicedesk.contact.recorded", Outcome.SUCCESS)
                    .about("support_request", id)
                    .concerning(user.value())
                    .withDetail(contact.channel().name()));
            return id;
        });
    }

    /**
     * Replaces {@code text} in the message (all of it when blank) with a dated marker. The original is
     * overwritten, not kept; the audit entry says who, when and why, never what was removed.
     */
    @Transactional
    public void redact(UUID id, UUID message, String text, RedactionReason reason) {
        if (reason == null) {
            throw new InvalidInput("reason", "Select why you are redacting it");
        }
        in(id, () -> {
            SupportMessage found = rows.messages(id).stream()
                    .filter(m -> m.id().equals(message))
                    .findFirst()
                    .orElseThrow(() -> new NotFound("Message"));
            String marker = "[redacted by the service desk on " + DAY.format(clock.instant()) + "]";
            String body;
            if (text == null || text.isBlank()) {
                body = marker;
            } else if (found.body().contains(text)) {
                body = found.body().replace(text, marker);
            } else {
                throw new InvalidInput("text", "Enter text exactly as it appears in the message, or leave it empty");
            }
            rows.redact(id, message, body, clock.instant());
            record("servicedesk.message.redacted", id, "message " + message + ", reason " + reason.name());
            return null;
        });
    }

    @Transactional
    public ScreenshotRows.Download screenshot(UUID id, UUID screenshot) {
        return in(id, () -> {
            record("servicedesk.screenshot.downloaded", id, null);
            return screenshots.open(id, screenshot).orElseThrow(() -> new NotFound("Screenshot"));
        });
    }

    private <T> T in(UUID id, Supplier<T> work) {
        OrganisationId organisation = rows.organisationOf(id).orElseThrow(() -> new NotFound("Support request"));
        return tenancy.callAs(organisation, work);
    }

    private void record(String action, UUID id, String detail) {
        UUID subject = rows.owner(id).orElse(null);
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("support_request", id)
                .concerning(subject)
                .withDetail(detail));
    }

    /** Mail only once the reply is committed: a reply rolled back must not be announced. */
    private static void afterCommit(Runnable send) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send.run();
            }
        });
    }

    private static UserId me() {
        return Tenancy.requireActor().id();
    }
}
