package org.custodia.analytics;

/** The GOV.UK five-point satisfaction scale, best first; stored as its score (5 to 1). */
public enum Satisfaction {
    VERY_SATISFIED("Very satisfied", 5),
    SATISFIED("Satisfied", 4),
    NEITHER("Neither satisfied or dissatisfied", 3),
    DISSATISFIED("Dissatisfied", 2),
    VERY_DISSATISFIED("Very dissatisfied", 1);

    private final String label;
    private final int score;

    Satisfaction(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    public int score() {
        return score;
    }

    public static Satisfaction ofScore(int score) {
        for (Satisfaction value : values()) {
            if (value.score == score) {
                return value;
            }
        }
        throw new IllegalArgumentException("No satisfaction scores " + score);
    }
}
