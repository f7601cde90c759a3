package org.custodia.analytics;

import java.util.Arrays;

/**
 * Where feedback was asked for: a fixed list, so that the link never carries a path (which could hold
 * an identifier) into the feedback kept.
 */
public enum Journey {
    FOOTER("Any page (footer link)"),
    RIGHTS_REQUEST("After making a request about personal information");

    private final String label;

    Journey(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An unknown or missing value is the footer's: the link is the same whatever a page adds to it. */
    public static Journey of(String value) {
        return Arrays.stream(values())
                .filter(j -> j.name().equalsIgnoreCase(value == null ? "" : value.replace('-', '_')))
                .findFirst()
                .orElse(FOOTER);
    }

    public String parameter() {
        return name().toLowerCase().replace('_', '-');
    }
}
