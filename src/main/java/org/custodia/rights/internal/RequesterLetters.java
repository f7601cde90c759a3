package org.custodia.rights.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.correspondence.Letter;
import org.custodia.correspondence.LetterKind;
import org.custodia.correspondence.Letters;
import org.custodia.identity.Colleagues;
import org.custodia.rights.NewRightsRequest;
import org.custodia.rights.RequestClock;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.springframework.stereotype.Component;

/**
 * Letters to the requester about what was done on their request: emailed (with the PDF) when they gave
 * an email address; otherwise the timeline says the letter is to go by post or be handed over.
 */
@Component
public class RequesterLetters {

    private final Letters letters;
    private final PersonalDetails details;
    private final History history;
    private final Colleagues colleagues;

    RequesterLetters(Letters letters, PersonalDetails details, History history, Colleagues colleagues) {
        this.colleagues = colleagues;
        this.letters = letters;
        this.details = details;
        this.history = history;
    }

    /** Sends the letter of the kind with the request's own values (name, reference, date received) added. */
    public void send(RequestRow row, LetterKind kind, Map<String, String> values) {
        NewRightsRequest request = details.open(row);
        Map<String, String> all = valuesOf(row, request);
        all.putAll(values);
        Letter letter = letters.compose(kind, all);
        String email = request.requester().email();
        if (email == null || email.isBlank()) {
            history.add(
                    row.id(),
                    "Letter \"" + kind.label() + "\" ready to send by post or hand over: no email address was given");
            return;
        }
        letters.send(email, letter, row.id().value());
        history.add(row.id(), "Letter \"" + kind.label() + "\" emailed to the requester");
    }

    /** What every letter about the request says: who asked, its reference, when it came, whom to contact. */
    public Map<String, String> valuesOf(RequestRow row, NewRightsRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("requesterName", request.requester().name());
        values.put("reference", row.id().reference());
        values.put("receivedOn", RequestClock.format(row.receivedOn()));
        values.put("dpoContact", String.join(", ", colleagues.dataProtectionOfficerEmails()));
        return values;
    }
}
