package org.custodia.governance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custodia.casework.CaseType;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.DataReceived;
import org.custodia.governance.ProcessingActivity;
import org.custodia.governance.Transfer;
import org.custodia.personaldata.InformationSection;
import org.custodia.personaldata.SupplementaryInformation;
import org.custodia.shared.DataSubjectId;
import org.springframework.stereotype.Component;

/**
 * What the record of processing says about a person's data (UK GDPR Art 15(1)(a)-(c), (h), 15(2)):
 * the activities covering the kinds of case they are in, with their purposes, categories of data,
 * lawful bases and conditions, recipients (as the register describes them, and every disclosure
 * actually made), international transfers and their safeguards, and automated decision-making.
 */
@Component
class RegisterSupplementary implements SupplementaryInformation {

    private final PersonDirectory directory;
    private final ActivityRows activities;
    private final TransferRows transfers;
    private final DisclosureRows disclosures;

    RegisterSupplementary(
            PersonDirectory directory, ActivityRows activities, TransferRows transfers, DisclosureRows disclosures) {
        this.directory = directory;
        this.activities = activities;
        this.transfers = transfers;
        this.disclosures = disclosures;
    }

    @Override
    public List<InformationSection> about(DataSubjectId subject) {
        PersonId person = new PersonId(subject.value());
        List<ProcessingActivity> covering = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (CaseType type : directory.caseTypesOf(person)) {
            Optional<ProcessingActivity> activity = activities.activityFor(type).flatMap(activities::find);
            activity.filter(a -> !covering.contains(a)).ifPresent(covering::add);
            if (activity.isEmpty()) {
                uncovered.add(type.label() + ": no processing activity is recorded yet for this kind of case");
            }
        }
        List<String> purposes = new ArrayList<>(uncovered);
        List<String> categories = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        List<String> abroad = new ArrayList<>();
        List<String> automated = new ArrayList<>();
        for (ProcessingActivity activity : covering) {
            ActivityDetails d = activity.details();
            String name = d.name() + ": ";
            purposes.add(name + d.purposes());
            categories.add(name + d.personalData());
            bases.add(name + d.lawfulBasis().label() + " (" + d.lawfulBasis().article() + ")"
                    + (blank(d.legalProvision()) ? "" : ", " + d.legalProvision()));
            d.art9Conditions().stream()
                    .map(Art9Condition::citation)
                    .forEach(c -> bases.add(name + "special-category data: " + c));
            if (d.art10Condition() != null) {
                bases.add(name + "criminal offence data: " + d.art10Condition().citation());
            }
            if (!blank(d.recipients())) {
                recipients.add(name + d.recipients());
            }
            if (!blank(d.internationalTransfers())) {
                abroad.add(name + d.internationalTransfers());
            }
            for (Transfer t : transfers.forActivity(activity.id())) {
                abroad.add(name + t.recipientName() + " in " + t.country().name() + ": " + safeguard(t));
            }
            automated.add(name + (d.automatedDecisions() ? "yes: " + d.automatedDecisionsDescription() : "none"));
        }
        for (DataReceived r : disclosures.receivedFrom(person)) {
            recipients.add(r.recipientName() + " received " + r.dataShared() + " on " + r.disclosedOn() + " ("
                    + r.basis().label() + ")");
        }
        return List.of(
                section("Why we hold your information", "UK GDPR Art 15(1)(a)", purposes),
                section("What kinds of information we hold", "UK GDPR Art 15(1)(b)", categories),
                section("Our lawful bases and conditions", "UK GDPR Art 6, 9, 10", bases),
                section("Who receives your information", "UK GDPR Art 15(1)(c)", recipients),
                section("Transfers outside the UK", "UK GDPR Art 15(2)", abroad),
                section("Automated decision-making and profiling", "UK GDPR Art 15(1)(h)", automated));
    }

    private static InformationSection section(String heading, String article, List<String> points) {
        return new InformationSection(heading, article, points.isEmpty() ? List.of("None recorded.") : points);
    }

    private static String safeguard(Transfer t) {
        if (t.adequate()) {
            return "the UK's adequacy regulations (" + t.adequacySource() + ")";
        }
        if (t.safeguard() == null) {
            return "no safeguard recorded";
        }
        return t.safeguard().label()
                + (t.exception() == null ? "" : ": " + t.exceptionJustification())
                + (t.safeguardSignedOn() == null ? "" : ", signed on " + t.safeguardSignedOn());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
