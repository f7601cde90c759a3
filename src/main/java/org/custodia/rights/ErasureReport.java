package org.custodia.rights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an erasure request did: the ground, the answer to each exception, and for each person matched
 * to the request whether they were erased or kept, with every reason (retention and holds win over
 * erasure, and are reported, never silent).
 */
public record ErasureReport(
        ErasureGround ground, List<ExceptionAnswer> exceptions, List<PersonResult> people, Instant decidedAt) {

    /** One person: erased (the reasons then say what stays beside the erasure) or kept (and why). */
    public record PersonResult(UUID person, String name, boolean erased, List<String> reasons) {}

    public List<PersonResult> erased() {
        return people.stream().filter(PersonResult::erased).toList();
    }

    public List<PersonResult> kept() {
        return people.stream().filter(p -> !p.erased()).toList();
    }
}
