package org.custodia.breaches;

/** Kinds of personal data a breach can involve. */
public enum DataCategory {
    IDENTITY("Names and identifiers"),
    CONTACT("Contact details and addresses"),
    DATE_OF_BIRTH("Dates of birth"),
    CASE_RECORDS("Case records and notes"),
    SAFEGUARDING("Safeguarding and child protection information"),
    EDUCATION("Education records"),
    HEALTH("Health information"),
    FINANCIAL("Financial details"),
    LOCATION("Location data"),
    IDENTITY_DOCUMENTS("Identity documents"),
    CREDENTIALS("Usernames and passwords"),
    OTHER("Other personal data");

    private final String label;

    DataCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
