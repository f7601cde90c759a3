package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.PepMeeting;
import org.custodia.casework.PersonId;
import org.custodia.encryption.FieldRef;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal education plan meetings; their notes are encrypted under the child's key. */
@Repository
public class PepMeetingRows {

    private final JdbcClient jdbc;
    private final FreeText text;

    PepMeetingRows(JdbcClient jdbc, FreeText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    public UUID add(
            OrganisationId organisation, CaseId id, PersonId child, PepMeeting meeting, UserId by, Instant now) {
        UUID meetingId = UUID.randomUUID();
        jdbc.sql("insert into lac_pep_meetings (id, organisation_id, case_id, held_on, attendees, notes, recorded_by,"
                        + " recorded_at) values (:id, :organisation, :case, :held, :attendees, :notes, :by, :now)")
                .param("id", meetingId)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("held", meeting.heldOn())
                .param("attendees", meeting.attendees().trim())
                .param("notes", text.seal(child, notes(meetingId), meeting.notes()))
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return meetingId;
    }

    /** Newest first; the notes only if {@code reveal}. */
    public List<PepMeeting> of(CaseId id, PersonId child, boolean reveal) {
        return jdbc.sql("select * from lac_pep_meetings where case_id = :case order by held_on desc, recorded_at desc")
                .param("case", id.value())
                .query((row, n) -> {
                    UUID meetingId = row.getObject("id", UUID.class);
                    byte[] notes = row.getBytes("notes");
                    return new PepMeeting(
                            meetingId,
                            row.getObject("held_on", LocalDate.class),
                            row.getString("attendees"),
                            text.openIf(reveal, child, notes(meetingId), notes),
                            !reveal && notes != null,
                            row.getTimestamp("recorded_at").toInstant());
                })
                .list();
    }

    private static FieldRef notes(UUID meetingId) {
        return FieldRef.of("lac_pep_meetings", "notes", meetingId);
    }
}
