package org.custodia.casework;

import java.util.Arrays;

/** A pupil's special educational needs provision, with its school census code. */
public enum SenStatus {
    NO_SPECIAL_EDUCATIONAL_NEED("N", "No special educational need"),
    SEN_SUPPORT("K", "SEN support"),
    EDUCATION_HEALTH_AND_CARE_PLAN("E", "Education, health and care plan");

    private final String code;
    private final String label;

    SenStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static SenStatus ofCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No SEN status has the code " + code));
    }
}
