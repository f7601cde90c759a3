package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.DeathNotification;
import org.custodia.casework.InvolvedAgency;
import org.custodia.casework.PersonId;
import org.custodia.casework.PlaceOfDeath;
import org.custodia.encryption.FieldRef;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A child death review's notification, the agencies involved and their reporting forms. */
@Repository
public class DeathReviewRows {

    private final JdbcClient jdbc;
    private final FreeText text;

    DeathReviewRows(JdbcClient jdbc, FreeText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    public void addNotification(
            OrganisationId organisation,
            CaseId id,
            PersonId child,
            DeathNotification notification,
            UserId by,
            Instant now) {
        jdbc.sql("insert into cdr_notifications (case_id, organisation_id, notified_on, date_of_death, place_of_death,"
                        + " circumstances, recorded_by, recorded_at) values (:case, :organisation, :notified, :died,"
                        + " :place, :circumstances, :by, :now)")
                .param("case", id.value())
                .param("organisation", organisation.value())
                .param("notified", notification.notifiedOn())
                .param("died", notification.dateOfDeath())
                .param("place", notification.placeOfDeath().name())
                .param("circumstances", text.seal(child, circumstances(id), notification.circumstances()))
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The circumstances only if {@code reveal}. */
    public Optional<DeathNotification> notification(CaseId id, PersonId child, boolean reveal) {
        return jdbc.sql("select * from cdr_notifications where case_id = :case")
                .param("case", id.value())
                .query((row, n) -> new DeathNotification(
                        row.getObject("notified_on", LocalDate.class),
                        row.getObject("date_of_death", LocalDate.class),
                        PlaceOfDeath.valueOf(row.getString("place_of_death")),
                        text.openIf(reveal, child, circumstances(id), row.getBytes("circumstances")),
                        !reveal,
                        row.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    /** The date of death a review's notification gives for this child, if one does. */
    public Optional<LocalDate> notifiedDateOfDeath(PersonId child) {
        return jdbc.sql("select n.date_of_death from cdr_notifications n join cases c on c.id = n.case_id"
                        + " where c.child_id = :child limit 1")
                .param("child", child.value())
                .query(LocalDate.class)
                .optional();
    }

    public UUID addAgency(OrganisationId organisation, CaseId id, String name, UserId by, Instant now) {
        UUID agency = UUID.randomUUID();
        jdbc.sql("insert into cdr_agencies (id, organisation_id, case_id, name, added_by, added_at)"
                        + " values (:id, :organisation, :case, :name, :by, :now)")
                .param("id", agency)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("name", name.trim())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return agency;
    }

    public boolean hasAgency(CaseId id, UUID agency) {
        return jdbc.sql("select count(*) from cdr_agencies where case_id = :case and id = :id")
                        .param("case", id.value())
                        .param("id", agency)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean hasAgencyNamed(CaseId id, String name) {
        return jdbc.sql("select count(*) from cdr_agencies where case_id = :case and lower(name) = lower(:name)")
                        .param("case", id.value())
                        .param("name", name.trim())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public UUID addReport(
            OrganisationId organisation,
            CaseId id,
            UUID agency,
            PersonId child,
            InvolvedAgency.Report report,
            UserId by,
            Instant now) {
        UUID reportId = UUID.randomUUID();
        jdbc.sql("insert into cdr_agency_reports (id, organisation_id, case_id, agency_id, submitted_on, content,"
                        + " recorded_by, recorded_at) values (:id, :organisation, :case, :agency, :submitted, :content,"
                        + " :by, :now)")
                .param("id", reportId)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("agency", agency)
                .param("submitted", report.submittedOn())
                .param("content", text.seal(child, content(reportId), report.content()))
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return reportId;
    }

    /** In the order they were added, each with its forms oldest first; content only if {@code reveal}. */
    public List<InvolvedAgency> agencies(CaseId id, PersonId child, boolean reveal) {
        Map<UUID, List<InvolvedAgency.Report>> reports = new LinkedHashMap<>();
        jdbc.sql("select * from cdr_agency_reports where case_id = :case order by submitted_on, recorded_at")
                .param("case", id.value())
                .query((RowCallbackHandler) row -> {
                    UUID reportId = row.getObject("id", UUID.class);
                    reports.computeIfAbsent(row.getObject("agency_id", UUID.class), a -> new ArrayList<>())
                            .add(new InvolvedAgency.Report(
                                    reportId,
                                    row.getObject("submitted_on", LocalDate.class),
                                    text.openIf(reveal, child, content(reportId), row.getBytes("content")),
                                    !reveal,
                                    row.getTimestamp("recorded_at").toInstant()));
                });
        return jdbc.sql("select id, name from cdr_agencies where case_id = :case order by added_at, name")
                .param("case", id.value())
                .query((row, n) -> {
                    UUID agency = row.getObject("id", UUID.class);
                    return new InvolvedAgency(agency, row.getString("name"), reports.getOrDefault(agency, List.of()));
                })
                .list();
    }

    private static FieldRef circumstances(CaseId id) {
        return FieldRef.of("cdr_notifications", "circumstances", id.value());
    }

    private static FieldRef content(UUID report) {
        return FieldRef.of("cdr_agency_reports", "content", report);
    }
}
