package org.custodia.rights.web;

import java.util.List;
import java.util.UUID;
import org.custodia.rights.ErasureDecisions;
import org.custodia.rights.ErasureReport;
import org.custodia.rights.RecipientNotification;
import org.custodia.rights.RecipientNotifications;
import org.custodia.rights.RightsRequestId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Adds to a request's page what was done on it (the erasure outcome, the recipients told) and who received
 * the matched people's data, so the request page needs nothing of its own for it.
 */
@ControllerAdvice(assignableTypes = RequestPages.class)
class RequestActionsSection {

    private final ErasureDecisions erasures;
    private final RecipientNotifications notifications;

    RequestActionsSection(ErasureDecisions erasures, RecipientNotifications notifications) {
        this.erasures = erasures;
        this.notifications = notifications;
    }

    record Section(
            ErasureReport erasure,
            List<RecipientNotification> notifications,
            List<RecipientNotifications.PersonRecipients> recipients) {

        public boolean pendingNotifications() {
            return notifications.stream().anyMatch(RecipientNotification::pending);
        }
    }

    @ModelAttribute("acts")
    Section section(@PathVariable(name = "id", required = false) UUID id) {
        if (id == null) {
            return null;
        }
        RightsRequestId request = new RightsRequestId(id);
        return new Section(
                erasures.report(request).orElse(null), notifications.of(request), notifications.recipients(request));
    }
}
