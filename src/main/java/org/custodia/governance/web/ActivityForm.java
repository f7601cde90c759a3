package org.custodia.governance.web;

import java.util.UUID;
import org.custodia.casework.CaseType;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.Art10Condition;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.DpiaId;
import org.custodia.governance.LawfulBasis;
import org.custodia.platform.Form;

/** The processing activity form: its fields to and from {@link ActivityDetails}. */
final class ActivityForm {

    private ActivityForm() {}

    static ActivityDetails details(Form form) {
        UUID dpia = form.id("dpia");
        boolean automated = form.yes("automatedDecisions");
        return new ActivityDetails(
                form.get("name"),
                form.get("description"),
                form.get("purposes"),
                form.get("dataSubjects"),
                form.get("personalData"),
                form.choice("lawfulBasis", LawfulBasis.class),
                form.get("legalProvision"),
                form.choices("art9Conditions", Art9Condition.class),
                form.choice("art10Condition", Art10Condition.class),
                form.get("recipients"),
                form.get("retention"),
                form.get("internationalTransfers"),
                automated,
                automated ? form.get("automatedDecisionsDescription") : null,
                form.yes("highRisk"),
                dpia == null ? null : new DpiaId(dpia),
                form.choices("caseTypes", CaseType.class));
    }

    static Form of(ActivityDetails details) {
        return new Form()
                .put("name", details.name())
                .put("description", details.description())
                .put("purposes", details.purposes())
                .put("dataSubjects", details.dataSubjects())
                .put("personalData", details.personalData())
                .put(
                        "lawfulBasis",
                        details.lawfulBasis() == null
                                ? null
                                : details.lawfulBasis().name())
                .put("legalProvision", details.legalProvision())
                .putAll("art9Conditions", details.art9Conditions())
                .put(
                        "art10Condition",
                        details.art10Condition() == null
                                ? null
                                : details.art10Condition().name())
                .put("recipients", details.recipients())
                .put("retention", details.retention())
                .put("internationalTransfers", details.internationalTransfers())
                .put("automatedDecisions", details.automatedDecisions() ? "yes" : "no")
                .put("automatedDecisionsDescription", details.automatedDecisionsDescription())
                .put("highRisk", details.highRisk() ? "yes" : "no")
                .put("dpia", details.dpia())
                .putAll("caseTypes", details.caseTypes());
    }
}
