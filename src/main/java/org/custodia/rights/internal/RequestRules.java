package org.custodia.rights.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.custodia.rights.Authority;
import org.custodia.rights.NewRightsRequest;
import org.custodia.rights.NewRightsRequest.Requester;
import org.custodia.rights.NewRightsRequest.Subject;
import org.custodia.rights.ResponseMethod;
import org.custodia.shared.InvalidInput;

/**
 * What a request must say before it is kept: each problem is a message the requester can act on, keyed
 * by the form's field. Lengths are capped so that the public form cannot be used to store bulk data.
 */
public final class RequestRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RequestRules() {}

    /** The request, tidied (trimmed, blanks as null, a self-request's subject named after the requester). */
    public static NewRightsRequest check(NewRightsRequest request, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request == null) {
            throw new InvalidInput("kind", "Select what the request is for");
        }
        Requester requester = request.requester() == null ? new Requester(null, null, null, null) : request.requester();
        Subject subject = request.subject() == null ? new Subject(null, null, null, null) : request.subject();
        String name = tidy(requester.name());
        String email = tidy(requester.email());
        String address = tidy(requester.address());
        String phone = tidy(requester.phone());
        String subjectName = tidy(subject.name());
        if (subjectName == null && request.authority() == Authority.SELF) {
            subjectName = name;
        }
        if (request.kind() == null) {
            errors.put("kind", "Select what the request is for");
        }
        if (request.channel() == null) {
            errors.put("channel", "Select how the request was received");
        }
        if (request.receivedOn() == null) {
            errors.put("receivedOn", "Enter the date the request was received");
        } else if (request.receivedOn().isAfter(today)) {
            errors.put("receivedOn", "The date the request was received must be today or in the past");
        }
        required(errors, "requesterName", name, 200, "Enter the name of the person making the request");
        limit(errors, "requesterEmail", email, 320, "The email address");
        if (email != null && !EMAIL.matcher(email).matches() && !errors.containsKey("requesterEmail")) {
            errors.put("requesterEmail", "Enter an email address in the correct format, like name@example.com");
        }
        limit(errors, "requesterAddress", address, 1000, "The postal address");
        limit(errors, "requesterPhone", phone, 40, "The telephone number");
        if (email == null && address == null && !errors.containsKey("requesterEmail")) {
            errors.put("requesterEmail", "Enter an email address or a postal address, so that we can reply");
        }
        required(errors, "subjectName", subjectName, 200, "Enter the name of the person the request is about");
        if (subject.dateOfBirth() != null && subject.dateOfBirth().isAfter(today)) {
            errors.put("subjectDateOfBirth", "The date of birth must be in the past");
        }
        limit(errors, "subjectOtherNames", tidy(subject.otherNames()), 500, "Other names");
        limit(errors, "subjectAddress", tidy(subject.address()), 1000, "The address");
        if (request.authority() == null) {
            errors.put("authority", "Select on whose behalf the request is made");
        }
        String note = tidy(request.authorityNote());
        if (request.authority() == Authority.OTHER && note == null) {
            errors.put("authorityNote", "Explain on what authority you act for the person");
        } else {
            limit(errors, "authorityNote", note, 2000, "The explanation");
        }
        if (request.responseMethod() == null) {
            errors.put("responseMethod", "Select how you would like to receive the response");
        } else if (request.responseMethod() == ResponseMethod.SECURE_DOWNLOAD
                && email == null
                && !errors.containsKey("requesterEmail")) {
            errors.put("requesterEmail", "Enter an email address to receive the response by email");
        } else if (request.responseMethod() == ResponseMethod.POST && address == null) {
            errors.put("requesterAddress", "Enter a postal address to receive the response by post");
        }
        required(errors, "requestText", tidy(request.requestText()), 5000, "Enter what you are asking for");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new NewRightsRequest(
                request.kind(),
                request.channel(),
                request.receivedOn(),
                new Requester(name, email, address, phone),
                new Subject(subjectName, subject.dateOfBirth(), tidy(subject.otherNames()), tidy(subject.address())),
                request.authority(),
                note,
                request.responseMethod(),
                tidy(request.requestText()));
    }

    public static String tidy(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Required text of at most {@code max} characters. */
    public static void required(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null) {
            errors.put(field, missing);
        } else if (value.length() > max) {
            errors.put(field, "Use " + max + " characters or fewer");
        }
    }

    private static void limit(Map<String, String> errors, String field, String value, int max, String what) {
        if (value != null && value.length() > max) {
            errors.put(field, what + " must be " + max + " characters or fewer");
        }
    }
}
