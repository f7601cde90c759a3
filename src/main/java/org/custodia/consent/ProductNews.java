package org.custodia.consent;

import java.util.List;
import java.util.Map;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.consent.internal.ConsentRules;
import org.custodia.consent.internal.MarketingRows;
import org.custodia.platform.Mailer;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * News about the service from the processor to its users, by email, only to those who turned email on
 * in their marketing preferences. The operator never sees the addresses, only how many were sent.
 */
@Component
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
public class ProductNews {

    public static final int SUBJECT_LENGTH = 150;
    public static final int MESSAGE_LENGTH = 5000;

    private final MarketingRows rows;
    private final Mailer mailer;
    private final AuditTrail audit;

    ProductNews(MarketingRows rows, Mailer mailer, AuditTrail audit) {
        this.rows = rows;
        this.mailer = mailer;
        this.audit = audit;
    }

    /** Sends the message to every active user who opted in to email; returns how many. */
    @Transactional
    public int send(String subject, String message) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (subject == null || subject.isBlank()) {
            errors.put("subject", "Enter a subject");
        } else if (subject.length() > SUBJECT_LENGTH) {
            errors.put("subject", "Subject must be " + SUBJECT_LENGTH + " characters or fewer");
        }
        if (message == null || message.isBlank()) {
            errors.put("message", "Enter the message");
        } else if (message.length() > MESSAGE_LENGTH) {
            errors.put("message", "Message must be " + MESSAGE_LENGTH + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<String> recipients = rows.emailRecipients();
        String body = message.trim() + "\n\n--\nYou receive this because you asked for news about Custodia by email."
                + " You can turn it off at any time on your account page, under Marketing preferences.";
        for (String recipient : recipients) {
            mailer.send(recipient, ConsentRules.trimmed(subject), body);
        }
        audit.record(
                AuditRecord.of("product-news.sent", Outcome.SUCCESS).withDetail("recipients: " + recipients.size()));
        return recipients.size();
    }
}
