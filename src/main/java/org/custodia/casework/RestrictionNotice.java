package org.custodia.casework;

import java.time.Instant;

/**
 * What a reader is told about a restricted person they are allowed to see: the restriction, and the
 * Art 18(2) use they stated and until when it lasts.
 */
public record RestrictionNotice(RestrictionGround ground, Instant restrictedAt, AllowedUse use, Instant useUntil) {}
