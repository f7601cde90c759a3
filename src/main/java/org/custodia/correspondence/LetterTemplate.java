package org.custodia.correspondence;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a kind of letter's template. Version 0 is the built-in default, never edited; a
 * later version may also be the default again (after a revert), with the built-in text.
 */
public record LetterTemplate(
        LetterKind kind, int version, boolean isDefault, TemplateText text, UUID createdBy, Instant createdAt) {}
