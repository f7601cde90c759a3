package org.custodia.rights;

/** How the person would like to receive the response. */
public enum ResponseMethod {
    SECURE_DOWNLOAD("By email, with a secure download link"),
    POST("By post"),
    COLLECT_IN_PERSON("Collect in person");

    private final String label;

    ResponseMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
