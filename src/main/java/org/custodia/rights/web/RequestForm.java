package org.custodia.rights.web;

import java.time.LocalDate;
import java.util.function.Function;
import org.custodia.platform.Form;
import org.custodia.rights.Authority;
import org.custodia.rights.Channel;
import org.custodia.rights.NewRightsRequest;
import org.custodia.rights.NewRightsRequest.Requester;
import org.custodia.rights.NewRightsRequest.Subject;
import org.custodia.rights.RequestKind;
import org.custodia.rights.ResponseMethod;
import org.custodia.rights.internal.RequestRules;
import org.custodia.shared.InvalidInput;

/** The fields of the request form, shared by the public form and staff entry. */
final class RequestForm {

    private RequestForm() {}

    /**
     * Runs the action on the request read from the form. If a field could not be read (a date that is not
     * a date), nothing is kept: the rules are checked only to report every problem at once.
     */
    static <T> T read(Form form, boolean publicForm, Function<NewRightsRequest, T> action) {
        Form fields = form;
        NewRightsRequest request = new NewRightsRequest(
                fields.choice("kind", RequestKind.class),
                publicForm ? Channel.ONLINE_FORM : fields.choice("channel", Channel.class),
                publicForm ? LocalDate.MIN : fields.date("receivedOn", "The date received"),
                new Requester(
                        fields.text("requesterName"),
                        fields.text("requesterEmail"),
                        fields.text("requesterAddress"),
                        fields.text("requesterPhone")),
                new Subject(
                        fields.text("subjectName"),
                        fields.date("subjectDateOfBirth", "Date of birth"),
                        fields.text("subjectOtherNames"),
                        fields.text("subjectAddress")),
                fields.choice("authority", Authority.class),
                fields.text("authorityNote"),
                fields.choice("responseMethod", ResponseMethod.class),
                fields.text("requestText"));
        if (fields.unreadable()) {
            try {
                RequestRules.check(request, LocalDate.MAX);
            } catch (InvalidInput broken) {
                throw new InvalidInput(fields.errorsWith(broken));
            }
            fields.check();
        }
        return action.apply(request);
    }
}
