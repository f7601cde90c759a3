package org.custodia.rights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The DPO's redaction review of a request's file: every record (those that mention other people first),
 * the decisions taken, and what still stops the response being issued.
 */
public record ResponseReview(
        RightsRequestId id,
        String reference,
        RequestKind kind,
        boolean open,
        List<String> notReady,
        List<Item> records,
        List<Decision> decisions,
        ResponseIssued issued) {

    public enum State {
        /** Mentions no one else: released unless withheld. */
        RELEASED,
        /** Mentions other people and no decision is recorded yet. */
        TO_REVIEW,
        /** Some or all of it is withheld. */
        WITHHELD,
        /** Mentions other people; reviewed and released as it is. */
        REVIEWED_DISCLOSE
    }

    /** A record of the file as the DPO reviews it: the whole of it, before redaction. */
    public record Item(
            String id,
            String category,
            Instant recorded,
            Map<String, String> fields,
            List<String> otherPeople,
            boolean flagged,
            State state) {}

    /** A decision on a record: withhold (what and why) or, for a flagged record, disclose after review. */
    public record Decision(
            UUID id,
            String recordId,
            String category,
            boolean withhold,
            String field,
            String passage,
            Exemption exemption,
            String note,
            Instant decidedAt) {

        public String describe() {
            if (!withhold) {
                return "Reviewed: disclose";
            }
            if (field == null) {
                return "The whole record";
            }
            return passage == null ? "The field \"" + field + "\"" : "A passage of \"" + field + "\"";
        }
    }

    public long flagged() {
        return records.stream().filter(Item::flagged).count();
    }

    public long toReview() {
        return records.stream().filter(r -> r.state() == State.TO_REVIEW).count();
    }

    public long withheldCount() {
        return decisions.stream().filter(Decision::withhold).count();
    }

    /** Whether the response could be issued now. */
    public boolean ready() {
        return open && issued == null && notReady.isEmpty() && toReview() == 0;
    }
}
