package org.custodia.governance;

import java.time.LocalDate;

/**
 * Where a sharing agreement stands on a day. Only an agreement in force (review overdue included:
 * it still binds the parties) covers sharing; an unsigned, not yet started or expired one does not.
 */
public enum AgreementStatus {
    UNSIGNED("Draft – not signed", "govuk-tag--grey", false),
    NOT_STARTED("Signed – not yet in force", "govuk-tag--blue", false),
    IN_FORCE("In force", "govuk-tag--green", true),
    REVIEW_OVERDUE("In force – review overdue", "govuk-tag--orange", true),
    EXPIRED("Expired", "govuk-tag--red", false);

    private final String label;
    private final String tagClass;
    private final boolean coversSharing;

    AgreementStatus(String label, String tagClass, boolean coversSharing) {
        this.label = label;
        this.tagClass = tagClass;
        this.coversSharing = coversSharing;
    }

    public static AgreementStatus on(
            LocalDate day, LocalDate signedOn, LocalDate startsOn, LocalDate reviewOn, LocalDate endsOn) {
        if (signedOn == null || signedOn.isAfter(day)) {
            return UNSIGNED;
        }
        if (endsOn != null && endsOn.isBefore(day)) {
            return EXPIRED;
        }
        if (startsOn.isAfter(day)) {
            return NOT_STARTED;
        }
        return reviewOn.isBefore(day) ? REVIEW_OVERDUE : IN_FORCE;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    public boolean coversSharing() {
        return coversSharing;
    }
}
