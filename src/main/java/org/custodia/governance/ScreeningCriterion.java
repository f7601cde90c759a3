package org.custodia.governance;

/**
 * The ICO's DPIA screening questions: the UK GDPR Art 35(3) cases and the ICO's list of processing
 * likely to result in high risk. If any applies, a DPIA is required.
 */
public enum ScreeningCriterion {
    EVALUATION_OR_SCORING("Evaluation or scoring, including profiling and predicting (Art 35(3)(a))"),
    AUTOMATED_DECISIONS("Automated decision-making with legal or similarly significant effect (Art 35(3)(a))"),
    LARGE_SCALE_SPECIAL_CATEGORY("Special category or criminal offence data on a large scale (Art 35(3)(b))"),
    SYSTEMATIC_MONITORING("Systematic monitoring, including of a publicly accessible area (Art 35(3)(c))"),
    INNOVATIVE_TECHNOLOGY("Innovative technology, or a new way of using technology"),
    DATA_MATCHING("Combining, comparing or matching data from several sources"),
    INVISIBLE_PROCESSING("Invisible processing: data not obtained from the person, who is not told"),
    TRACKING("Tracking a person's location or behaviour"),
    CHILDREN_OR_VULNERABLE("Targeting children or other vulnerable people, or offering services to them"),
    RISK_OF_PHYSICAL_HARM("A breach could put someone's physical health or safety at risk"),
    DENIAL_OF_SERVICE("Decisions about access to a service, opportunity or benefit"),
    LARGE_SCALE_PROFILING("Profiling people on a large scale"),
    BIOMETRICS("Biometric data"),
    GENETIC_DATA("Genetic data");

    private final String label;

    ScreeningCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
