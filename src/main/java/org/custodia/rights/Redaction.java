package org.custodia.rights;

import java.util.Objects;

/**
 * A DPO's decision to withhold part of a record: the whole record ({@code field} null), a whole field
 * ({@code passage} null) or an exact passage within a field, with the exemption relied on and a note
 * of the reasoning (kept for the DPO, not sent to the requester).
 */
public record Redaction(String recordId, String field, String passage, Exemption exemption, String note) {

    public static final String WITHHELD = "[withheld]";

    public Redaction {
        if (recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("A redaction names the record it withholds from");
        }
        Objects.requireNonNull(exemption, "exemption");
        if (field == null && passage != null) {
            throw new IllegalArgumentException("A withheld passage names the field it is in");
        }
        if (passage != null && passage.isEmpty()) {
            throw new IllegalArgumentException("A withheld passage cannot be empty");
        }
    }

    public static Redaction wholeRecord(String recordId, Exemption exemption, String note) {
        return new Redaction(recordId, null, null, exemption, note);
    }

    public static Redaction field(String recordId, String field, Exemption exemption, String note) {
        return new Redaction(recordId, field, null, exemption, note);
    }

    public static Redaction passage(String recordId, String field, String passage, Exemption exemption, String note) {
        return new Redaction(recordId, field, passage, exemption, note);
    }

    /** What the response says was withheld (never the withheld words themselves). */
    public String describe() {
        if (field == null) {
            return "the whole record";
        }
        return passage == null ? "the field \"" + field + "\"" : "a passage of the field \"" + field + "\"";
    }
}
