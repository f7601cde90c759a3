package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.AttendanceCode;
import org.custodia.casework.AttendanceMark;
import org.custodia.casework.CaseId;
import org.custodia.casework.PersonId;
import org.custodia.casework.Visit;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Visits (summaries encrypted under the child's key) and attendance marks of looked-after children. */
@Repository
public class LookedAfterRows {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    LookedAfterRows(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public UUID addVisit(OrganisationId organisation, CaseId id, PersonId child, Visit visit, UserId by, Instant now) {
        UUID visitId = UUID.randomUUID();
        byte[] summary = visit.summary() == null || visit.summary().isBlank()
                ? null
                : encryption.encrypt(
                        child.subject(), summaryField(visitId), visit.summary().trim());
        jdbc.sql("insert into lac_visits (id, organisation_id, case_id, visited_on, visitor, location, seen_alone,"
                        + " summary, recorded_by, recorded_at) values (:id, :organisation, :case, :on, :visitor,"
                        + " :location, :alone, :summary, :by, :now)")
                .param("id", visitId)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("on", visit.visitedOn())
                .param("visitor", visit.visitor().trim())
                .param("location", visit.location().trim())
                .param("alone", visit.seenAlone())
                .param("summary", summary)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return visitId;
    }

    public List<Visit> visits(CaseId id, PersonId child, boolean reveal) {
        return jdbc.sql("select * from lac_visits where case_id = :case order by visited_on desc, recorded_at desc")
                .param("case", id.value())
                .query((row, n) -> {
                    UUID visitId = row.getObject("id", UUID.class);
                    byte[] summary = row.getBytes("summary");
                    return new Visit(
                            visitId,
                            row.getObject("visited_on", LocalDate.class),
                            row.getString("visitor"),
                            row.getString("location"),
                            row.getBoolean("seen_alone"),
                            reveal && summary != null ? summary(child, visitId, summary) : null,
                            !reveal && summary != null,
                            row.getTimestamp("recorded_at").toInstant());
                })
                .list();
    }

    public void mark(OrganisationId organisation, CaseId id, AttendanceMark mark, UserId by, Instant now) {
        jdbc.sql("""
                        insert into attendance_marks (organisation_id, case_id, attended_on, session, code, recorded_by,
                            recorded_at) values (:organisation, :case, :on, :session, :code, :by, :now)
                        on conflict (case_id, attended_on, session) do update set code = excluded.code,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("on", mark.date())
                .param("session", mark.session().name())
                .param("code", mark.code().name())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<AttendanceMark> marks(CaseId id, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from attendance_marks where case_id = :case and attended_on between :from and :to"
                        + " order by attended_on, session")
                .param("case", id.value())
                .param("from", from)
                .param("to", to)
                .query((row, n) -> new AttendanceMark(
                        row.getObject("attended_on", LocalDate.class),
                        AttendanceMark.Session.valueOf(row.getString("session")),
                        AttendanceCode.valueOf(row.getString("code"))))
                .list();
    }

    private String summary(PersonId child, UUID visitId, byte[] summary) {
        try {
            return encryption.decrypt(child.subject(), summaryField(visitId), summary);
        } catch (ErasedSubject e) {
            return StoredText.ERASED;
        } catch (UnreadableValue e) {
            return StoredText.UNREADABLE;
        }
    }

    private static FieldRef summaryField(UUID visitId) {
        return FieldRef.of("lac_visits", "summary", visitId);
    }
}
