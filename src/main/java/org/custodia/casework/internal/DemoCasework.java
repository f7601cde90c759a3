package org.custodia.casework.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.AttendanceCode;
import org.custodia.casework.AttendanceMark;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.PersonDetails;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonView;
import org.custodia.casework.RelationshipKind;
import org.custodia.casework.SensitiveCategory;
import org.custodia.casework.Visit;
import org.custodia.identity.DemoOrganisationCreated;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's casework: a looked-after child, a pupil and a child death review, with
 * their families and professionals. Every name, number and event is invented.
 */
@Component
class DemoCasework {

    private final PeopleRows people;
    private final CaseRows cases;
    private final SensitiveFields sensitive;
    private final CaseNotes notes;
    private final LookedAfterRows lookedAfter;
    private final DemoCaseRecords records;
    private final RelationshipRows relationships;
    private final AuditTrail audit;
    private final Clock clock;

    DemoCasework(
            PeopleRows people,
            CaseRows cases,
            SensitiveFields sensitive,
            CaseNotes notes,
            LookedAfterRows lookedAfter,
            DemoCaseRecords records,
            RelationshipRows relationships,
            AuditTrail audit,
            Clock clock) {
        this.relationships = relationships;
        this.people = people;
        this.cases = cases;
        this.sensitive = sensitive;
        this.notes = notes;
        this.lookedAfter = lookedAfter;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void create(DemoOrganisationCreated demo) {
        OrganisationId org = demo.organisation();
        UserId pat = demo.practitioner();
        LocalDate today = UkCalendar.today(clock);

        PersonId jayden = person(org, pat, child("Jayden", "Smith", "2014-03-12", "9991234578", "A123456789012"));
        PersonId kerry = person(org, pat, adult("Kerry", "Smith", "1988-07-02", null, null));
        PersonId priya = person(
                org, pat, adult("Priya", "Natarajan", null, "Designated teacher", "Demoshire Primary (fictional)"));
        people.addAddress(
                org, kerry, new PersonView.Address("14 Example Row", null, "Demoshire", "ZZ1 1ZZ"), clock.instant());
        people.addTelephone(org, kerry, new PersonView.Telephone("01632 960 001", "mobile"), clock.instant());
        sensitive.record(org, jayden, SensitiveCategory.ETHNICITY, "White British", pat, clock.instant());
        sensitive.record(org, jayden, SensitiveCategory.RELIGION_OR_BELIEF, "Christian", pat, clock.instant());
        sensitive.record(
                org, jayden, SensitiveCategory.PHYSICAL_HEALTH, "Asthma; uses a blue inhaler", pat, clock.instant());
        sensitive.record(
                org, jayden, SensitiveCategory.SAFEGUARDING, "In care under a full care order", pat, clock.instant());
        CaseId lac = open(org, pat, CaseType.LOOKED_AFTER_CHILD, jayden, LocalDate.of(2025, 9, 1));
        cases.addToTeam(org, lac, demo.dataProtectionOfficer(), pat, clock.instant());
        cases.addParticipant(org, lac, kerry, "Mother", clock.instant());
        relationships.insert(org, kerry, jayden, RelationshipKind.PARENT, clock.instant());
        cases.addParticipant(org, lac, priya, "Designated teacher", clock.instant());
        lookedAfter.addVisit(
                org,
                lac,
                jayden,
                new Visit(
                        null,
                        today.minusDays(20),
                        "Pat Practitioner",
                        "Foster home",
                        true,
                        "Settled with carers; talked about joining the football club.",
                        false,
                        null),
                pat,
                clock.instant());
        notes.add(
                org,
                lac,
                jayden,
                "Personal education plan review booked with the designated teacher.",
                pat,
                clock.instant());
        attendance(org, lac, pat, today);
        records.lookedAfter(org, pat, lac, jayden, today);

        PersonId oliver = person(org, pat, child("Oliver", "Chen", "2015-09-20", null, "B987654321098"));
        sensitive.record(
                org,
                oliver,
                SensitiveCategory.DISABILITY_AND_SEN,
                "SEN support: speech and language",
                pat,
                clock.instant());
        sensitive.record(
                org, oliver, SensitiveCategory.MENTAL_HEALTH, "Anxiety; referred to CAMHS", pat, clock.instant());
        CaseId pupil = open(org, pat, CaseType.PUPIL, oliver, LocalDate.of(2025, 9, 3));
        attendance(org, pupil, pat, today);
        records.pupil(org, pat, pupil, oliver);

        PersonDetails amelia = new PersonDetails(
                "Amelia",
                null,
                "Roberts",
                null,
                LocalDate.of(2022, 5, 1),
                LocalDate.of(2025, 1, 14),
                null,
                null,
                null,
                null,
                null);
        PersonId ameliaId = person(org, pat, amelia);
        PersonId daniel = person(org, pat, adult("Daniel", "Roberts", "1990-11-30", null, null));
        PersonId gp = person(
                org, pat, adult("Helen", "Okafor", null, "General practitioner", "Example Lane Surgery (fictional)"));
        CaseId review = open(org, pat, CaseType.CHILD_DEATH_REVIEW, ameliaId, LocalDate.of(2025, 1, 20));
        cases.addParticipant(org, review, daniel, "Father", clock.instant());
        cases.addParticipant(org, review, gp, "GP", clock.instant());
        relationships.insert(org, daniel, ameliaId, RelationshipKind.PARENT, clock.instant());
        relationships.insert(org, gp, ameliaId, RelationshipKind.PROFESSIONAL_INVOLVED, clock.instant());
        notes.add(
                org,
                review,
                ameliaId,
                "Notification received from the hospital; agencies asked for reporting forms.",
                pat,
                clock.instant());
        records.deathReview(org, pat, review, ameliaId);
        audit.record(AuditRecord.of("demo.casework-created", Outcome.SUCCESS).about("organisation", org));
    }

    private PersonId person(OrganisationId org, UserId by, PersonDetails details) {
        PersonId id = PersonId.random();
        people.insert(id, org, details, by, clock.instant());
        return id;
    }

    private CaseId open(OrganisationId org, UserId practitioner, CaseType type, PersonId child, LocalDate opened) {
        CaseId id = CaseId.random();
        String reference =
                type.prefix() + "-" + id.value().toString().substring(0, 8).toUpperCase();
        cases.insert(
                new CaseRows.CaseRow(id, reference, type, child, "OPEN", opened, null),
                org,
                practitioner,
                clock.instant());
        cases.addToTeam(org, id, practitioner, practitioner, clock.instant());
        return id;
    }

    /** The last five school days: present, except one morning off ill. */
    private void attendance(OrganisationId org, CaseId id, UserId by, LocalDate today) {
        LocalDate day = today;
        for (int marked = 0; marked < 5; day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean ill = marked == 2;
            lookedAfter.mark(
                    org,
                    id,
                    new AttendanceMark(
                            day, AttendanceMark.Session.AM, ill ? AttendanceCode.ILLNESS : AttendanceCode.PRESENT_AM),
                    by,
                    clock.instant());
            lookedAfter.mark(
                    org,
                    id,
                    new AttendanceMark(day, AttendanceMark.Session.PM, AttendanceCode.PRESENT_PM),
                    by,
                    clock.instant());
            marked++;
        }
    }

    private static PersonDetails child(String first, String last, String born, String nhs, String upn) {
        return new PersonDetails(first, null, last, null, LocalDate.parse(born), null, nhs, upn, null, null, null);
    }

    private static PersonDetails adult(String first, String last, String born, String profession, String employer) {
        return new PersonDetails(
                first,
                null,
                last,
                null,
                born == null ? null : LocalDate.parse(born),
                null,
                null,
                null,
                null,
                profession,
                employer);
    }
}
