package org.custodia.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.custodia.casework.CaseId;
import org.custodia.casework.DeathAnalysis;
import org.custodia.casework.DeathCategory;
import org.custodia.casework.DeathNotification;
import org.custodia.casework.Enrolment;
import org.custodia.casework.InvolvedAgency;
import org.custodia.casework.ModifiableFactors;
import org.custodia.casework.NcmdStatus;
import org.custodia.casework.NcmdSubmission;
import org.custodia.casework.PepMeeting;
import org.custodia.casework.PersonId;
import org.custodia.casework.PlaceOfDeath;
import org.custodia.casework.Placement;
import org.custodia.casework.PlacementType;
import org.custodia.casework.SenStatus;
import org.custodia.casework.YearGroup;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.stereotype.Component;

/** The records on the demo organisation's three cases. Every school, agency and event is invented. */
@Component
class DemoCaseRecords {

    private final PlacementRows placements;
    private final PepMeetingRows meetings;
    private final DeathReviewRows reviews;
    private final DeathReviewOutcomeRows outcomes;
    private final PupilRows pupils;
    private final Clock clock;

    DemoCaseRecords(
            PlacementRows placements,
            PepMeetingRows meetings,
            DeathReviewRows reviews,
            DeathReviewOutcomeRows outcomes,
            PupilRows pupils,
            Clock clock) {
        this.placements = placements;
        this.meetings = meetings;
        this.reviews = reviews;
        this.outcomes = outcomes;
        this.pupils = pupils;
        this.clock = clock;
    }

    /** An emergency foster placement, then a move to a family friend; a PEP meeting last month. */
    void lookedAfter(OrganisationId org, UserId by, CaseId id, PersonId child, LocalDate today) {
        LocalDate moved = LocalDate.of(2026, 2, 14);
        placements.add(
                org,
                id,
                new Placement(null, PlacementType.FOSTER_CARE, LocalDate.of(2025, 9, 1), moved, null),
                by,
                clock.instant());
        placements.add(
                org,
                id,
                new Placement(null, PlacementType.FOSTER_CARE_CONNECTED_PERSON, moved, null, null),
                by,
                clock.instant());
        meetings.add(
                org,
                id,
                child,
                new PepMeeting(
                        null,
                        today.minusDays(30),
                        "Jayden; Priya Natarajan (designated teacher); Pat Practitioner (social worker)",
                        "Reading is improving. Agreed weekly maths tutoring and a quiet space for homework.",
                        false,
                        null),
                by,
                clock.instant());
    }

    /** A review from notification to a submission the database accepted. */
    void deathReview(OrganisationId org, UserId by, CaseId id, PersonId child) {
        reviews.addNotification(
                org,
                id,
                child,
                new DeathNotification(
                        LocalDate.of(2025, 1, 15),
                        LocalDate.of(2025, 1, 14),
                        PlaceOfDeath.HOSPITAL,
                        "Admitted to Demoshire General (fictional) with a high fever; died the next morning.",
                        false,
                        null),
                by,
                clock.instant());
        reviews.addAgency(org, id, "Demoshire Police (fictional)", by, clock.instant());
        reviews.addReport(
                org,
                id,
                reviews.addAgency(org, id, "Example Lane Surgery (fictional)", by, clock.instant()),
                child,
                new InvolvedAgency.Report(
                        null,
                        LocalDate.of(2025, 2, 10),
                        "Seen on 10 January with a cough and a temperature; advised fluids and rest.",
                        false,
                        null),
                by,
                clock.instant());
        outcomes.saveAnalysis(
                org,
                id,
                child,
                new DeathAnalysis(
                        LocalDate.of(2025, 6, 12),
                        DeathCategory.INFECTION,
                        ModifiableFactors.YES,
                        "Safety-netting advice should name the signs of sepsis; share the leaflet with nurseries.",
                        false,
                        null),
                by,
                clock.instant());
        outcomes.saveSubmission(
                org,
                id,
                new NcmdSubmission(NcmdStatus.ACCEPTED, LocalDate.of(2025, 6, 20), LocalDate.of(2025, 7, 2)),
                by,
                clock.instant());
    }

    /** An infant school, then the current primary school; on SEN support for speech and language. */
    void pupil(OrganisationId org, UserId by, CaseId id, PersonId child) {
        pupils.addEnrolment(
                org,
                id,
                new Enrolment(
                        null,
                        "Example Infant School (fictional)",
                        YearGroup.RECEPTION,
                        LocalDate.of(2020, 9, 3),
                        LocalDate.of(2023, 7, 21),
                        null),
                by,
                clock.instant());
        pupils.addEnrolment(
                org,
                id,
                new Enrolment(
                        null, "Demoshire Primary (fictional)", YearGroup.YEAR_3, LocalDate.of(2023, 9, 5), null, null),
                by,
                clock.instant());
        pupils.addSenStatus(org, id, child, SenStatus.SEN_SUPPORT, LocalDate.of(2024, 1, 15), by, clock.instant());
    }
}
