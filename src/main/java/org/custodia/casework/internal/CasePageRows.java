package org.custodia.casework.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custodia.casework.AllowedUse;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.CaseView;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.RestrictionGround;
import org.custodia.encryption.StoredSubjectKey;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case page's queries. The first answers, in one statement, everything the access decision
 * needs (the case, whether the reader may see it, the child's restriction and the reader's allowed
 * use of it, the reader's sensitive-data grant) together with the child and the child's key; the
 * others read the page's lists, each in one statement.
 */
@Repository
public class CasePageRows {

    /** What one statement tells about a case and its reader; {@code restriction} null if none. */
    public record Head(
            CaseRows.CaseRow row,
            PersonSummary child,
            boolean visible,
            boolean onTeam,
            RestrictionGround restriction,
            RestrictionRows.Use allowedUse,
            boolean granted,
            StoredSubjectKey childKey,
            List<UUID> team) {}

    /** A note's row and the child's statements on it, still encrypted. */
    public record NoteRow(
            UUID id, byte[] body, UUID writtenBy, Instant writtenAt, List<RectificationRows.Entry> statements) {}

    private static final String HEAD = """
            select c.id as case_id, c.reference, c.case_type, c.child_id, c.status, c.opened_on, c.closed_on, p.*,
                exists (select 1 from case_team t where t.case_id = c.id and t.user_id = :me) as on_team,
                %s as visible,
                r.ground as restriction_ground, u.ground as use_ground, u.expires_at as use_expires_at,
                sensitive_data_granted(:me, :today) as granted,
                %s as child_key,
                array(select t.user_id from case_team t where t.case_id = c.id order by t.added_at) as team
            from cases c
            join people p on p.id = c.child_id
            left join person_restrictions r on r.person_id = c.child_id and r.lifted_at is null
            left join lateral (
                select ru.ground, ru.expires_at from restricted_uses ru
                where ru.person_id = c.child_id and ru.user_id = :me and ru.granted_at >= r.restricted_at
                  and ru.expires_at > :now
                order by ru.expires_at desc limit 1) u on r.id is not null
            where c.id = :case""".formatted(Visibility.CASE, StoredSubjectKey.column("c.child_id"));

    private final JdbcClient jdbc;

    CasePageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Head> head(CaseId id, UserId reader, LocalDate today, Instant now) {
        return jdbc.sql(HEAD)
                .param("case", id.value())
                .param("me", reader.value())
                .param("today", today)
                .param("now", Timestamp.from(now))
                .query((row, n) -> head(id, row))
                .optional();
    }

    /** Newest first, each with the child's statements on it, oldest first. */
    public List<NoteRow> notes(CaseId id) {
        Map<UUID, NoteRow> notes = new LinkedHashMap<>();
        jdbc.sql("""
                        select n.id as note_id, n.body, n.written_by, n.written_at, s.*, s.statement as text,
                            s.recorded_by as by_user, s.recorded_at as at
                        from case_notes n
                        left join person_statements s on s.field = 'CASE_NOTE' and s.item_id = n.id
                        where n.case_id = :case order by n.written_at desc, n.id, s.recorded_at""").param("case", id.value()).query(row -> {
            UUID note = row.getObject("note_id", UUID.class);
            NoteRow found = notes.computeIfAbsent(note, key -> noteRow(key, row));
            if (row.getObject("id") != null) {
                found.statements().add(RectificationRows.entry(row, 0));
            }
        });
        return List.copyOf(notes.values());
    }

    /** In the order they were added; a participant whose data is restricted is shown by name only. */
    public List<CaseView.Participant> participants(CaseId id) {
        return jdbc.sql("""
                        select cp.role, p.*, exists (select 1 from person_restrictions r
                            where r.person_id = p.id and r.lifted_at is null) as restricted
                        from case_participants cp join people p on p.id = cp.person_id
                        where cp.case_id = :case order by cp.added_at""")
                .param("case", id.value())
                .query((row, n) -> {
                    PersonSummary person = PeopleRows.summary(row, n);
                    return new CaseView.Participant(
                            row.getBoolean("restricted") ? RestrictionGate.masked(person) : person,
                            row.getString("role"));
                })
                .list();
    }

    private static Head head(CaseId id, ResultSet row) throws SQLException {
        PersonId child = new PersonId(row.getObject("child_id", UUID.class));
        var details = PeopleRows.details(row, 0);
        String restriction = row.getString("restriction_ground");
        String use = row.getString("use_ground");
        return new Head(
                new CaseRows.CaseRow(
                        id,
                        row.getString("reference"),
                        CaseType.valueOf(row.getString("case_type")),
                        child,
                        row.getString("status"),
                        row.getObject("opened_on", LocalDate.class),
                        row.getObject("closed_on", LocalDate.class)),
                new PersonSummary(
                        child, details.fullName(), details.dateOfBirth(), details.deceased(), details.profession()),
                row.getBoolean("visible"),
                row.getBoolean("on_team"),
                restriction == null ? null : RestrictionGround.valueOf(restriction),
                use == null
                        ? null
                        : new RestrictionRows.Use(
                                AllowedUse.valueOf(use),
                                row.getTimestamp("use_expires_at").toInstant()),
                row.getBoolean("granted"),
                StoredSubjectKey.of(row.getBytes("child_key")),
                uuids(row.getArray("team")));
    }

    private static NoteRow noteRow(UUID note, ResultSet row) {
        try {
            return new NoteRow(
                    note,
                    row.getBytes("body"),
                    row.getObject("written_by", UUID.class),
                    row.getTimestamp("written_at").toInstant(),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a case note's row", e);
        }
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((UUID[]) array.getArray());
    }
}
