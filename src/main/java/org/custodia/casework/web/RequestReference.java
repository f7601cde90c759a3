package org.custodia.casework.web;

import java.util.UUID;
import org.custodia.shared.InvalidInput;

/** The optional reference of the rights request a DPO acts on, as typed into a form. */
final class RequestReference {

    private RequestReference() {}

    static UUID parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("request", "Enter the request reference as shown on the request, or leave it blank");
        }
    }
}
