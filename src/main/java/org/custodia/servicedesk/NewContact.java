package org.custodia.servicedesk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.shared.InvalidInput;

/** A contact by phone or email that an operator records: who, how, and what it was about. */
public record NewContact(
        String organisationCode, String email, Channel channel, String contactDetails, String subject, String summary) {

    Organisation check(Organisations organisations) {
        Map<String, String> errors = new LinkedHashMap<>();
        Organisation organisation = null;
        if (organisationCode == null || organisationCode.isBlank()) {
            errors.put("organisationCode", "Enter the user's Organisation ID");
        } else {
            organisation = organisations
                    .findByCode(organisationCode.strip())
                    .filter(o -> !Organisations.PLATFORM_CODE.equalsIgnoreCase(o.code()))
                    .orElse(null);
            if (organisation == null) {
                errors.put("organisationCode", "Enter an Organisation ID that is registered");
            }
        }
        if (email == null || email.isBlank()) {
            errors.put("email", "Enter the user's email address");
        }
        if (channel == null || channel == Channel.WEB) {
            errors.put("channel", "Select whether they phoned or emailed");
        }
        SupportRequests.checkText(
                errors, "contactDetails", contactDetails, 200, "Enter the number or address they gave");
        SupportRequests.checkText(errors, "subject", subject, SupportRequests.SUBJECT_LIMIT, "Enter what it was about");
        SupportRequests.checkText(
                errors, "summary", summary, SupportRequests.TEXT_LIMIT, "Enter a summary of the contact");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return organisation;
    }
}
