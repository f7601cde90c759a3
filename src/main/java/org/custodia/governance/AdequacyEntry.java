package org.custodia.governance;

import java.time.LocalDate;

/**
 * A country or territory under UK adequacy regulations. Partial adequacy covers only some recipients
 * ({@code covers}); a transfer counts as adequate only when the recorder confirms the recipient is one.
 */
public record AdequacyEntry(Country country, boolean partial, String covers, String source, LocalDate adequateFrom) {}
