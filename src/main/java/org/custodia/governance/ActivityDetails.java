package org.custodia.governance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.custodia.casework.CaseType;

/**
 * What the record of processing (UK GDPR Art 30(1)) says about one processing activity, as entered.
 *
 * @param legalProvision the law relied on for the lawful basis, e.g. "Children Act 1989 s22"
 * @param recipients categories of recipients, as text
 * @param highRisk the DPO's judgement that the processing is high risk, beside the DPIA's screening
 * @param dpia the DPIA that covers it, if any
 * @param caseTypes the kinds of case whose data this activity covers
 */
public record ActivityDetails(
        String name,
        String description,
        String purposes,
        String dataSubjects,
        String personalData,
        LawfulBasis lawfulBasis,
        String legalProvision,
        Set<Art9Condition> art9Conditions,
        Art10Condition art10Condition,
        String recipients,
        String retention,
        String internationalTransfers,
        boolean automatedDecisions,
        String automatedDecisionsDescription,
        boolean highRisk,
        DpiaId dpia,
        Set<CaseType> caseTypes) {

    public ActivityDetails {
        // In the enums' order, so that pages and exports list them the same way every time.
        art9Conditions = art9Conditions == null || art9Conditions.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(art9Conditions));
        caseTypes = caseTypes == null || caseTypes.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(caseTypes));
    }
}
