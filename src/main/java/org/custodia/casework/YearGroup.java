package org.custodia.casework;

/** National curriculum year groups in England, as the school census records them. */
public enum YearGroup {
    NURSERY_1("Nursery 1"),
    NURSERY_2("Nursery 2"),
    RECEPTION("Reception"),
    YEAR_1("Year 1"),
    YEAR_2("Year 2"),
    YEAR_3("Year 3"),
    YEAR_4("Year 4"),
    YEAR_5("Year 5"),
    YEAR_6("Year 6"),
    YEAR_7("Year 7"),
    YEAR_8("Year 8"),
    YEAR_9("Year 9"),
    YEAR_10("Year 10"),
    YEAR_11("Year 11"),
    YEAR_12("Year 12"),
    YEAR_13("Year 13"),
    YEAR_14("Year 14"),
    OUTSIDE_NATIONAL_CURRICULUM("Outside national curriculum year groups");

    private final String label;

    YearGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
