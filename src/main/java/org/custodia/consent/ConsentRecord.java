package org.custodia.consent;

import java.util.List;

/** A person's consent to one purpose: whether it is current, and its history, newest first. */
public record ConsentRecord(ConsentPurpose purpose, boolean current, List<ConsentEvent> history) {

    public String state() {
        if (history.isEmpty()) {
            return "Not asked";
        }
        return current ? "Given" : "Withdrawn";
    }
}
