package org.custodia.identity;

/** Where a user account stands. Accounts are disabled, never deleted, so the audit trail still names them. */
public enum UserStatus {
    /** Created; the person has not yet set a password from their invitation. */
    INVITED("Invited"),
    ACTIVE("Active"),
    DISABLED("Disabled");

    private final String label;

    UserStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
