package org.custodia.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.governance.internal.Checks;
import org.custodia.governance.internal.DisclosureRecording;
import org.custodia.governance.internal.DisclosureRows;
import org.custodia.governance.internal.DisclosureViews;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every disclosure of people's data outside the organisation, recorded against the people it
 * concerns. Practitioners record and read them for the people they may see; the DPO keeps the
 * register and closes the "tell the person" follow-ups; the rights module asks who received a
 * person's data ({@link #recipientsOf}).
 */
@Component
public class Disclosures {

    private final DisclosureRecording recording;
    private final DisclosureRows rows;
    private final DisclosureViews views;
    private final People people;
    private final SensitiveDataAccess grants;
    private final AuditTrail audit;
    private final Clock clock;

    Disclosures(
            DisclosureRecording recording,
            DisclosureRows rows,
            DisclosureViews views,
            People people,
            SensitiveDataAccess grants,
            AuditTrail audit,
            Clock clock) {
        this.recording = recording;
        this.rows = rows;
        this.views = views;
        this.people = people;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('PRACTITIONER')")
    public DisclosureId record(NewDisclosure disclosure) {
        return recording.record(disclosure, null, null);
    }

    /** The disclosures about a person the reader may see. */
    @Transactional
    @PreAuthorize("hasRole('PRACTITIONER')")
    public List<Disclosure> about(PersonId person) {
        people.summary(person);
        List<Disclosure> found = views.of(rows.about(person), revealReasons());
        audit.record(AuditRecord.of("disclosure.listed", Outcome.SUCCESS)
                .concerning(person.value())
                .withDetail("disclosures shown: " + found.size()));
        return found;
    }

    /** The DPO's register, newest first; optionally only those whose "tell the person" task is open. */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<Disclosure> register(boolean openFollowUpsOnly) {
        List<Disclosure> found = views.of(rows.all(openFollowUpsOnly), true);
        audit.record(
                AuditRecord.of("disclosure.listed", Outcome.SUCCESS).withDetail("disclosures shown: " + found.size()));
        return found;
    }

    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public Disclosure get(DisclosureId id) {
        Disclosure found = views.of(List.of(rows.find(id).orElseThrow(() -> new NotFound("Disclosure"))), true)
                .get(0);
        audit.record(AuditRecord.of("disclosure.viewed", Outcome.SUCCESS).about("disclosure", id));
        return found;
    }

    /**
     * Closes the follow-up of a disclosure without consent: the date the person was told, or the
     * reason they were not — one or the other.
     */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public void closeFollowUp(DisclosureId id, LocalDate toldOn, String notToldReason) {
        DisclosureRows.Row row = rows.find(id).orElseThrow(() -> new NotFound("Disclosure"));
        if (!row.hasFollowUp() || row.closedAt() != null) {
            throw new InvalidInput("toldOn", "This disclosure has no open task to tell the person");
        }
        String reason = Checks.trimmed(notToldReason);
        Checks.start()
                .require(
                        (toldOn == null) != (reason == null),
                        "toldOn",
                        "Enter either the date the person was told or the reason they were not told")
                .notFuture(toldOn, UkCalendar.today(clock), "toldOn", "The date told must be today or in the past")
                .require(
                        toldOn == null || !toldOn.isBefore(row.disclosedOn()),
                        "toldOn",
                        "The date told must be on or after the date the data was shared")
                .optionalText(reason, 2000, "notToldReason", "The reason must be 2000 characters or fewer")
                .orThrow();
        rows.closeFollowUp(id, toldOn, reason, Tenancy.requireActor().id(), clock.instant());
        for (PersonId person : rows.people(id)) {
            audit.record(AuditRecord.of("disclosure.follow-up-closed", Outcome.SUCCESS)
                    .about("disclosure", id)
                    .concerning(person.value())
                    .withDetail(toldOn != null ? "told" : "not told"));
        }
    }

    /** Who received the person's data, when, what and why: for access requests and Art 19 notices. */
    @Transactional
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'PRACTITIONER')")
    public List<DataReceived> recipientsOf(PersonId person) {
        if (!Tenancy.requireActor().has(Role.DATA_PROTECTION_OFFICER)) {
            people.summary(person);
        }
        List<DataReceived> received = rows.receivedFrom(person);
        audit.record(AuditRecord.of("disclosure.recipients-listed", Outcome.SUCCESS)
                .concerning(person.value())
                .withDetail("disclosures: " + received.size()));
        return received;
    }

    private boolean revealReasons() {
        return Tenancy.requireActor().has(Role.DATA_PROTECTION_OFFICER) || grants.currentActorIsGranted();
    }
}
