package org.custodia.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.Enrolment;
import org.custodia.casework.PersonId;
import org.custodia.casework.SenStatus;
import org.custodia.casework.SenStatusRecord;
import org.custodia.casework.SensitiveValue;
import org.custodia.casework.YearGroup;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A pupil's enrolments, and their special educational needs status encrypted under their key. */
@Repository
public class PupilRows {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    PupilRows(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public UUID addEnrolment(OrganisationId organisation, CaseId id, Enrolment enrolment, UserId by, Instant now) {
        UUID enrolmentId = UUID.randomUUID();
        jdbc.sql("insert into pupil_enrolments (id, organisation_id, case_id, school, year_group, admitted_on, left_on,"
                        + " recorded_by, recorded_at) values (:id, :organisation, :case, :school, :year, :admitted,"
                        + " :left, :by, :now)")
                .param("id", enrolmentId)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("school", enrolment.school().trim())
                .param("year", enrolment.yearGroup().name())
                .param("admitted", enrolment.admittedOn())
                .param("left", enrolment.leftOn())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return enrolmentId;
    }

    public void leave(UUID enrolment, LocalDate on) {
        jdbc.sql("update pupil_enrolments set left_on = :on where id = :id and left_on is null")
                .param("on", on)
                .param("id", enrolment)
                .update();
    }

    public Optional<Enrolment> enrolment(CaseId id, UUID enrolment) {
        return jdbc.sql("select * from pupil_enrolments where case_id = :case and id = :id")
                .param("case", id.value())
                .param("id", enrolment)
                .query(PupilRows::enrolment)
                .optional();
    }

    /** Newest first. */
    public List<Enrolment> enrolments(CaseId id) {
        return jdbc.sql(
                        "select * from pupil_enrolments where case_id = :case order by admitted_on desc, recorded_at desc")
                .param("case", id.value())
                .query(PupilRows::enrolment)
                .list();
    }

    public UUID addSenStatus(
            OrganisationId organisation,
            CaseId id,
            PersonId child,
            SenStatus status,
            LocalDate from,
            UserId by,
            Instant now) {
        UUID statusId = UUID.randomUUID();
        jdbc.sql("insert into pupil_sen_statuses (id, organisation_id, case_id, effective_from, status, recorded_by,"
                        + " recorded_at) values (:id, :organisation, :case, :from, :status, :by, :now)")
                .param("id", statusId)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("from", from)
                .param("status", encryption.encrypt(child.subject(), statusField(statusId), status.code()))
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return statusId;
    }

    /** The current status first; the status itself only if {@code reveal}. */
    public List<SenStatusRecord> senStatuses(CaseId id, PersonId child, boolean reveal) {
        return jdbc.sql("select * from pupil_sen_statuses where case_id = :case"
                        + " order by effective_from desc, recorded_at desc")
                .param("case", id.value())
                .query((row, n) -> {
                    UUID statusId = row.getObject("id", UUID.class);
                    LocalDate from = row.getObject("effective_from", LocalDate.class);
                    Instant at = row.getTimestamp("recorded_at").toInstant();
                    if (!reveal) {
                        return new SenStatusRecord(statusId, from, null, SensitiveValue.State.WITHHELD, at);
                    }
                    try {
                        String code =
                                encryption.decrypt(child.subject(), statusField(statusId), row.getBytes("status"));
                        return new SenStatusRecord(
                                statusId, from, SenStatus.ofCode(code), SensitiveValue.State.SHOWN, at);
                    } catch (ErasedSubject e) {
                        return new SenStatusRecord(statusId, from, null, SensitiveValue.State.ERASED, at);
                    } catch (UnreadableValue e) {
                        return new SenStatusRecord(statusId, from, null, SensitiveValue.State.UNREADABLE, at);
                    }
                })
                .list();
    }

    private static Enrolment enrolment(ResultSet row, int n) throws SQLException {
        return new Enrolment(
                row.getObject("id", UUID.class),
                row.getString("school"),
                YearGroup.valueOf(row.getString("year_group")),
                row.getObject("admitted_on", LocalDate.class),
                row.getObject("left_on", LocalDate.class),
                row.getTimestamp("recorded_at").toInstant());
    }

    private static FieldRef statusField(UUID statusId) {
        return FieldRef.of("pupil_sen_statuses", "status", statusId);
    }
}
