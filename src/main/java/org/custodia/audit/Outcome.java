package org.custodia.audit;

/** How an audited action ended. */
public enum Outcome {
    SUCCESS,
    FAILURE,
    /** Refused by an authorisation rule. */
    DENIED
}
