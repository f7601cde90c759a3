package org.custodia.rights.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.correspondence.LetterKind;
import org.custodia.correspondence.Letters;
import org.custodia.governance.DataReceived;
import org.custodia.platform.UkCalendar;
import org.custodia.rights.NotifiedChange;
import org.custodia.rights.RecipientNotification;
import org.custodia.rights.RequestClock;
import org.custodia.rights.RightsRequestId;
import org.springframework.stereotype.Component;

/**
 * Tells every recipient of a person's data of a change (UK GDPR Art 19): one notification per recipient,
 * however many disclosures it received; emailed when its contact is an email address, otherwise left as
 * a task for the DPO to do by other means and record.
 */
@Component
public class RecipientNotices {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final NotificationRows rows;
    private final Letters letters;
    private final History history;
    private final AuditTrail audit;
    private final Clock clock;

    RecipientNotices(NotificationRows rows, Letters letters, History history, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.letters = letters;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param received the person's disclosures, collected before the change (erasure removes the person
     *     from the register)
     * @param subject how the person is described to the recipient (name and date of birth)
     */
    public void notify(
            RightsRequestId request,
            List<DataReceived> received,
            String subject,
            NotifiedChange change,
            String changeMade) {
        Map<UUID, DataReceived> recipients = new LinkedHashMap<>();
        received.forEach(r -> recipients.putIfAbsent(r.recipient().value(), r));
        int emailed = 0;
        int tasks = 0;
        for (DataReceived recipient : recipients.values()) {
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            String contact =
                    recipient.contact() == null ? "" : recipient.contact().trim();
            UUID letter = null;
            RecipientNotification.Method method = RecipientNotification.Method.OTHER_MEANS;
            if (contact.matches(EMAIL)) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("recipientName", recipient.recipientName());
                values.put("subjectDescription", subject);
                values.put("changeMade", changeMade);
                values.put("changedOn", RequestClock.format(UkCalendar.today(clock)));
                values.put("reference", request.reference());
                letter = letters.send(
                        contact, letters.compose(LetterKind.RECIPIENT_NOTIFICATION, values), request.value());
                method = RecipientNotification.Method.EMAIL;
                emailed++;
            } else {
                tasks++;
            }
            rows.insert(
                    request,
                    new RecipientNotification(
                            id,
                            recipient.recipient().value(),
                            recipient.recipientName(),
                            change,
                            method,
                            now,
                            null,
                            null,
                            null),
                    letter);
            audit.record(AuditRecord.of("rights-request.recipient-notified", Outcome.SUCCESS)
                    .about("rights-request", request)
                    .concerning(request.value())
                    .withDetail(change.name() + "; recipient "
                            + recipient.recipient().value() + "; " + method.name()));
        }
        if (!recipients.isEmpty()) {
            history.add(
                    request,
                    change.label() + ": " + emailed + " recipient(s) told by email; " + tasks
                            + " to be told by other means (Art 19)");
        }
    }
}
