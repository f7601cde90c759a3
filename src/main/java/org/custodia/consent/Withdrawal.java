package org.custodia.consent;

import java.time.LocalDate;

/** Consent withdrawn: by whom, how and when, as for giving it. */
public record Withdrawal(ConsentingParty withdrawnBy, ConsentMethod method, LocalDate withdrawnOn) {}
