package org.custodia.casework.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.custodia.casework.CaseType;
import org.custodia.shared.InvalidInput;

/** A record asked of a case whose type does not keep it, such as a placement on a pupil's case. */
public class WrongCaseType extends InvalidInput {

    public WrongCaseType(String records, Set<CaseType> keptOn, CaseType actual) {
        super(
                "case",
                records + " are kept only on "
                        + keptOn.stream().sorted().map(WrongCaseType::phrase).collect(Collectors.joining(" or "))
                        + ", and this is " + phrase(actual));
    }

    private static String phrase(CaseType type) {
        return switch (type) {
            case LOOKED_AFTER_CHILD -> "a looked-after child's case";
            case CHILD_DEATH_REVIEW -> "a child death review";
            case PUPIL -> "a pupil's case";
        };
    }
}
