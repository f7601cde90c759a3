package org.custodia.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.custodia.analytics.internal.FeedbackRows;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.Account;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' views of the service: a rating, optional comments, and who they are only if they ticked "you
 * may contact me". Anyone may give it, signed in or not; only operators read it, every read audited
 * (comments may name someone, whatever the hint asks).
 */
@Component
public class Feedback {

    public static final int MAX_COMMENTS = 1200;

    private final FeedbackRows rows;
    private final Account account;
    private final AuditTrail audit;
    private final Clock clock;

    Feedback(FeedbackRows rows, Account account, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.account = account;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void give(Journey journey, Satisfaction satisfaction, String comments, boolean mayContact) {
        if (satisfaction == null) {
            throw new InvalidInput("satisfaction", "Select how you feel about the service");
        }
        String text = comments == null || comments.isBlank() ? null : comments.strip();
        if (text != null && text.length() > MAX_COMMENTS) {
            throw new InvalidInput("comments", "Comments must be " + MAX_COMMENTS + " characters or fewer");
        }
        Actor actor = Tenancy.currentActor().orElse(null);
        if (mayContact && actor == null) {
            throw new InvalidInput("mayContact", "Sign in to be contacted, or leave the box unticked");
        }
        Contact contact = mayContact ? contact(actor) : null;
        var id = rows.insert(
                actor == null ? null : actor.organisation(),
                Instant.now(clock),
                journey,
                satisfaction,
                text,
                contact == null ? null : actor.id(),
                contact == null ? null : contact.name(),
                contact == null ? null : contact.email());
        audit.record(AuditRecord.of("feedback.given", Outcome.SUCCESS)
                .about("feedback", id)
                .withDetail("journey " + journey.parameter() + (mayContact ? "; may be contacted" : "")));
    }

    /** Everyone's feedback: the processor's, about its service. */
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public FeedbackResults results(boolean export) {
        FeedbackResults results = rows.results();
        audit.record(AuditRecord.of("feedback." + (export ? "exported" : "read"), Outcome.SUCCESS)
                .about("feedback", "all")
                .withDetail("comments shown: " + results.comments().size()));
        return results;
    }

    private record Contact(String name, String email) {}

    private Contact contact(Actor actor) {
        if (actor.isOperator()) {
            return new Contact(actor.displayName(), null);
        }
        return new Contact(actor.displayName(), account.me().email());
    }

    /** The ratings in order, for forms. */
    public static List<Satisfaction> scale() {
        return List.of(Satisfaction.values());
    }
}
