package org.custodia.rights.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.rights.NewRightsRequest;
import org.custodia.rights.NewRightsRequest.Requester;
import org.custodia.rights.NewRightsRequest.Subject;
import org.custodia.rights.RightsRequestId;
import org.springframework.stereotype.Component;

/**
 * Seals and opens what a requester wrote (names, contact details, addresses, the request itself)
 * under the request's own key, each value bound to its column and row.
 */
@Component
public class PersonalDetails {

    static final String TABLE = "rights_requests";

    private final FieldEncryption encryption;

    PersonalDetails(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    /** Column to ciphertext (null where nothing was given). */
    public Map<String, byte[]> seal(RightsRequestId id, NewRightsRequest request) {
        Map<String, byte[]> sealed = new LinkedHashMap<>();
        Requester requester = request.requester();
        Subject subject = request.subject();
        sealed.put("requester_name", seal(id, "requester_name", requester.name()));
        sealed.put("requester_email", seal(id, "requester_email", requester.email()));
        sealed.put("requester_address", seal(id, "requester_address", requester.address()));
        sealed.put("requester_phone", seal(id, "requester_phone", requester.phone()));
        sealed.put("subject_name", seal(id, "subject_name", subject.name()));
        sealed.put(
                "subject_date_of_birth",
                seal(
                        id,
                        "subject_date_of_birth",
                        subject.dateOfBirth() == null
                                ? null
                                : subject.dateOfBirth().toString()));
        sealed.put("subject_other_names", seal(id, "subject_other_names", subject.otherNames()));
        sealed.put("subject_address", seal(id, "subject_address", subject.address()));
        sealed.put("authority_note", seal(id, "authority_note", request.authorityNote()));
        sealed.put("request_text", seal(id, "request_text", request.requestText()));
        return sealed;
    }

    public byte[] seal(RightsRequestId id, String column, String value) {
        return value == null ? null : encryption.encrypt(id.keyHolder(), FieldRef.of(TABLE, column, id.value()), value);
    }

    public String open(RightsRequestId id, String column, byte[] value) {
        return value == null ? null : encryption.decrypt(id.keyHolder(), FieldRef.of(TABLE, column, id.value()), value);
    }

    /** The request as the requester gave it, from its stored row. */
    public NewRightsRequest open(RequestRows.RequestRow row) {
        RightsRequestId id = row.id();
        Map<String, byte[]> c = row.sealed();
        String born = open(id, "subject_date_of_birth", c.get("subject_date_of_birth"));
        return new NewRightsRequest(
                row.kind(),
                row.channel(),
                row.receivedOn(),
                new Requester(
                        open(id, "requester_name", c.get("requester_name")),
                        open(id, "requester_email", c.get("requester_email")),
                        open(id, "requester_address", c.get("requester_address")),
                        open(id, "requester_phone", c.get("requester_phone"))),
                new Subject(
                        open(id, "subject_name", c.get("subject_name")),
                        born == null ? null : LocalDate.parse(born),
                        open(id, "subject_other_names", c.get("subject_other_names")),
                        open(id, "subject_address", c.get("subject_address"))),
                row.authority(),
                open(id, "authority_note", c.get("authority_note")),
                row.responseMethod(),
                open(id, "request_text", c.get("request_text")));
    }
}
