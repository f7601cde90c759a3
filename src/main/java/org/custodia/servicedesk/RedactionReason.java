package org.custodia.servicedesk;

/**
 * Why the desk redacted a message. A code, so that the audit trail can say why without repeating
 * what was removed (docs/service-desk.md).
 */
public enum RedactionReason {
    CHILD_PERSONAL_DATA("Personal data about a child or family"),
    OTHER_PERSONAL_DATA("Personal data about someone else"),
    SECRET("A password or other secret"),
    USER_ASKED("The user asked for it to be removed");

    private final String label;

    RedactionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
