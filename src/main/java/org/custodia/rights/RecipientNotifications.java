package org.custodia.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonSummary;
import org.custodia.governance.DataReceived;
import org.custodia.governance.Disclosures;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.NotificationRows;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRules;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling recipients (UK GDPR Art 19): who received each matched person's data, the recipients told of the
 * changes made on a request, and closing the "tell by other means" tasks. Who received the data is here (once
 * in {@code RequestActions}) because it is the same right: the person may ask who the recipients are.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RecipientNotifications {

    private final RequestRows rows;
    private final NotificationRows notifications;
    private final History history;
    private final AuditTrail audit;
    private final Clock clock;
    private final MatchedPeople matched;
    private final Disclosures disclosures;

    RecipientNotifications(
            RequestRows rows,
            NotificationRows notifications,
            History history,
            AuditTrail audit,
            Clock clock,
            MatchedPeople matched,
            Disclosures disclosures) {
        this.matched = matched;
        this.disclosures = disclosures;
        this.rows = rows;
        this.notifications = notifications;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RecipientNotification> of(RightsRequestId id) {
        rows.get(id);
        return notifications.of(id);
    }

    /** Records how and when a recipient without an email address was told. */
    @Transactional
    public void done(RightsRequestId id, UUID notification, String how, LocalDate on) {
        rows.get(id);
        RecipientNotification task =
                notifications.find(id, notification).orElseThrow(() -> new NotFound("Notification"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!task.pending()) {
            errors.put("how", "This recipient has already been told");
        }
        String text = RequestRules.tidy(how);
        RequestRules.required(errors, "how", text, 1000, "Enter how the recipient was told, for example by letter");
        if (on == null) {
            errors.put("doneOn", "Enter the date the recipient was told");
        } else if (on.isAfter(UkCalendar.today(clock))) {
            errors.put("doneOn", "The date the recipient was told must be today or in the past");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        notifications.done(notification, text, on, Tenancy.requireActor().id(), clock.instant());
        history.add(
                id,
                task.recipientName() + " told of the " + task.change().label().toLowerCase() + " on " + on);
        audit.record(AuditRecord.of("rights-request.recipient-told", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail("notification " + notification + "; recipient " + task.recipient()));
    }

    /** The recipients of each matched person's data: the person may ask who they are (Art 19). */
    @Transactional
    public List<PersonRecipients> recipients(RightsRequestId id) {
        rows.get(id);
        return matched.all(id).stream()
                .map(p -> new PersonRecipients(p, disclosures.recipientsOf(p.id())))
                .toList();
    }

    public record PersonRecipients(PersonSummary person, List<DataReceived> received) {}
}
