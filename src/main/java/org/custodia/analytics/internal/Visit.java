package org.custodia.analytics.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One request as the recorder hands it to the writer: nothing in it names a user or holds an address
 * or a path with an identifier. The user agent is parsed (and then dropped) off the request thread;
 * the visitor hash is of the day's salt and is only ever counted.
 *
 * @param organisation the signed-in user's organisation, or null
 * @param visitor the day's keyed hash of address and user agent, or null when not counted
 * @param searchFound null when the page made no search
 */
record Visit(
        Instant at,
        UUID organisation,
        String method,
        String route,
        int status,
        long nanos,
        String referrer,
        String userAgent,
        String visitor,
        Boolean searchFound) {}
