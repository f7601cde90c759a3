package org.custodia.casework.spi;

import java.util.Optional;
import org.custodia.casework.CaseType;
import org.custodia.casework.SensitiveCategory;

/**
 * Asks the organisation's record of processing whether it names a condition for recording a kind of
 * sensitive data in a kind of case: an Art 9 condition for a special category (and for safeguarding
 * information, which is handled as one), an Art 10 condition for criminal offence data. Casework
 * knows no record of processing; the module that keeps it implements this.
 */
public interface SpecialCategoryConditions {

    /** The condition relied on, as a citation to show (e.g. "Health or social care (Art 9(2)(h) ...)"), if any. */
    Optional<String> conditionFor(CaseType type, SensitiveCategory category);
}
