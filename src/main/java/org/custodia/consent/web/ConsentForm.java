package org.custodia.consent.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentingParty;
import org.custodia.platform.Form;
import org.custodia.shared.InvalidInput;

/** The posted fields of the give and withdraw forms, which ask the same: who, how and when. */
record ConsentForm(Map<String, String> fields) {

    ConsentingParty party() {
        String onBehalf = fields.get("onBehalf");
        if (onBehalf == null || onBehalf.isBlank()) {
            return null;
        }
        if (!Boolean.parseBoolean(onBehalf)) {
            return ConsentingParty.thePerson();
        }
        String person = fields.get("byPersonId");
        PersonId personId = null;
        if (person != null && !person.isBlank()) {
            try {
                personId = new PersonId(UUID.fromString(person.trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("byPersonId", "Choose someone from the list, or leave it empty");
            }
        }
        return ConsentingParty.onBehalf(fields.get("byName"), fields.get("byRelationship"), personId);
    }

    ConsentMethod method() {
        String method = fields.get("method");
        if (method == null || method.isBlank()) {
            return null;
        }
        try {
            return ConsentMethod.valueOf(method);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("method", "Select one of the ways listed");
        }
    }

    LocalDate date() {
        Form form = Form.of(fields);
        LocalDate date = form.date("date", "The date");
        form.check();
        return date;
    }

    Integer wordingVersion() {
        String version = fields.get("wordingVersion");
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("wordingVersion", "The wording version must be a number");
        }
    }
}
