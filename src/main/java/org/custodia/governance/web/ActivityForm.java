package org.custodia.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.CaseType;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.Art10Condition;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.DpiaId;
import org.custodia.governance.LawfulBasis;

/** The processing activity form: its fields to and from {@link ActivityDetails}. */
final class ActivityForm {

    static final String[] CHECKBOXES = {"art9Conditions", "caseTypes"};

    private ActivityForm() {}

    static ActivityDetails details(Map<String, Object> form) {
        UUID dpia = FormValues.uuid(form, "dpia");
        boolean automated = FormValues.yes(form, "automatedDecisions");
        return new ActivityDetails(
                FormValues.text(form, "name"),
                FormValues.text(form, "description"),
                FormValues.text(form, "purposes"),
                FormValues.text(form, "dataSubjects"),
                FormValues.text(form, "personalData"),
                FormValues.choice(form, "lawfulBasis", LawfulBasis.class),
                FormValues.text(form, "legalProvision"),
                FormValues.checked(form, "art9Conditions", Art9Condition.class),
                FormValues.choice(form, "art10Condition", Art10Condition.class),
                FormValues.text(form, "recipients"),
                FormValues.text(form, "retention"),
                FormValues.text(form, "internationalTransfers"),
                automated,
                automated ? FormValues.text(form, "automatedDecisionsDescription") : null,
                FormValues.yes(form, "highRisk"),
                dpia == null ? null : new DpiaId(dpia),
                FormValues.checked(form, "caseTypes", CaseType.class));
    }

    static Map<String, Object> of(ActivityDetails details) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", details.name());
        form.put("description", details.description());
        form.put("purposes", details.purposes());
        form.put("dataSubjects", details.dataSubjects());
        form.put("personalData", details.personalData());
        form.put(
                "lawfulBasis",
                details.lawfulBasis() == null ? null : details.lawfulBasis().name());
        form.put("legalProvision", details.legalProvision());
        form.put("art9Conditions", FormValues.names(details.art9Conditions()));
        form.put(
                "art10Condition",
                details.art10Condition() == null
                        ? null
                        : details.art10Condition().name());
        form.put("recipients", details.recipients());
        form.put("retention", details.retention());
        form.put("internationalTransfers", details.internationalTransfers());
        form.put("automatedDecisions", details.automatedDecisions() ? "yes" : "no");
        form.put("automatedDecisionsDescription", details.automatedDecisionsDescription());
        form.put("highRisk", details.highRisk() ? "yes" : "no");
        form.put("dpia", details.dpia() == null ? null : details.dpia().toString());
        form.put("caseTypes", FormValues.names(details.caseTypes()));
        return form;
    }
}
