package org.custodia.notices;

/** What a section of a notice shows from the registers (or from the law) beside the prose written for it. */
public enum RegisterPart {
    NONE,
    /** The organisation's name. */
    CONTROLLER,
    /** Each live processing activity and its purposes. */
    PURPOSES,
    /** Each live activity's Art 6 lawful basis and the law relied on. */
    LAWFUL_BASES,
    /** Each live activity's Art 9 conditions and Art 10 condition. */
    CONDITIONS,
    /** Each right, and the link to the public request form. */
    RIGHTS,
    /** Recipients and processors from the recipients register. */
    RECIPIENTS,
    /** Countries and safeguards from the transfers register. */
    TRANSFERS,
    /** Periods from the retention schedule, and the link to the published schedule. */
    RETENTION,
    /** The Information Commissioner's address. */
    COMPLAINTS,
    /** The link to the cookie policy. */
    COOKIES
}
