package org.custodia.governance;

import java.time.LocalDate;

/**
 * The DPO's sign-off of a DPIA.
 *
 * @param icoConsulted that the ICO was consulted under Art 36 (required to sign off a DPIA with an
 *     unmitigated high risk)
 */
public record SignOff(String dpoAdvice, LocalDate reviewDue, boolean icoConsulted) {}
