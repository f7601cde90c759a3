package org.custodia.notices;

/** Whose privacy notice: the organisation's, for the people whose records it keeps, or the processor's. */
public enum Notice {
    /** The controller's notice, written by its data protection officer. */
    ORGANISATION,
    /** The platform operator's notice for the users of Custodia, written by platform operators. */
    PROCESSOR
}
