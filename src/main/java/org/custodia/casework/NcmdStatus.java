package org.custodia.casework;

/** Where a review's analysis stands with the National Child Mortality Database (NCMD). */
public enum NcmdStatus {
    NOT_SUBMITTED("Not submitted"),
    SUBMITTED("Submitted"),
    ACCEPTED("Accepted"),
    RETURNED_FOR_CORRECTION("Returned for correction");

    private final String label;

    NcmdStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
