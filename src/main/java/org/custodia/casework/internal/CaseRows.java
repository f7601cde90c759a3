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
import org.custodia.casework.CaseSummary;
import org.custodia.casework.CaseType;
import org.custodia.casework.CaseView;
import org.custodia.casework.PersonId;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their teams and participants. Row-level security confines every query to one organisation. */
@Repository
public class CaseRows {

    public record CaseRow(
            CaseId id,
            String reference,
            CaseType type,
            PersonId child,
            String status,
            LocalDate openedOn,
            LocalDate closedOn) {}

    private static final String SUMMARY = "select c.*, p.first_name, p.last_name, p.date_of_death,"
            + " exists (select 1 from case_team t where t.case_id = c.id and t.user_id = :me) as on_team"
            + " from cases c join people p on p.id = c.child_id";

    private final JdbcClient jdbc;

    CaseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CaseRow row, OrganisationId organisation, UserId by, Instant now) {
        jdbc.sql("insert into cases (id, organisation_id, reference, case_type, child_id, status, opened_on,"
                        + " created_by, created_at) values (:id, :organisation, :reference, :type, :child, 'OPEN',"
                        + " :opened, :by, :now)")
                .param("id", row.id().value())
                .param("organisation", organisation.value())
                .param("reference", row.reference())
                .param("type", row.type().name())
                .param("child", row.child().value())
                .param("opened", row.openedOn())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The types of the open cases the person is in, as the child or as a participant. */
    public java.util.Set<CaseType> openCaseTypesOf(PersonId person) {
        java.util.Set<CaseType> types = java.util.EnumSet.noneOf(CaseType.class);
        jdbc.sql("select distinct c.case_type from cases c where c.status = 'OPEN' and (c.child_id = :person"
                        + " or exists (select 1 from case_participants cp where cp.case_id = c.id"
                        + " and cp.person_id = :person))")
                .param("person", person.value())
                .query(String.class)
                .list()
                .forEach(type -> types.add(CaseType.valueOf(type)));
        return types;
    }

    public Optional<CaseRow> find(CaseId id) {
        return jdbc.sql("select * from cases where id = :id")
                .param("id", id.value())
                .query((row, n) -> new CaseRow(
                        id,
                        row.getString("reference"),
                        CaseType.valueOf(row.getString("case_type")),
                        new PersonId(row.getObject("child_id", UUID.class)),
                        row.getString("status"),
                        row.getObject("opened_on", LocalDate.class),
                        row.getObject("closed_on", LocalDate.class)))
                .optional();
    }

    /** Cases the reader may open (team or break-glass), newest first. */
    public List<CaseSummary> visible(UserId reader, Instant now) {
        return jdbc.sql(SUMMARY + " where " + Visibility.CASE + " order by c.opened_on desc, c.reference limit 200")
                .param("me", reader.value())
                .param("now", Timestamp.from(now))
                .query(CaseRows::summary)
                .list();
    }

    /**
     * Visible cases whose reference, or child's name (forgiving typos, either order), matches the text.
     * The caller sets the trigram threshold for the transaction.
     */
    public List<CaseSummary> search(String text, UserId reader, Instant now) {
        return jdbc.sql(SUMMARY + " where " + Visibility.CASE + " and (upper(c.reference) like :prefix"
                        + " or lower(p.first_name || ' ' || p.last_name) % :q or lower(p.last_name || ' ' || p.first_name) % :q)"
                        + " order by c.opened_on desc limit 50")
                .param("prefix", text.trim().toUpperCase() + "%")
                .param("q", text.trim().toLowerCase())
                .param("me", reader.value())
                .param("now", Timestamp.from(now))
                .query(CaseRows::summary)
                .list();
    }

    /** Every case of a person, visible or not: a search can then offer break-glass for the others. */
    public List<CaseSummary> ofChild(PersonId child, UserId reader) {
        return jdbc.sql(SUMMARY + " where c.child_id = :child order by c.opened_on desc")
                .param("child", child.value())
                .param("me", reader.value())
                .query(CaseRows::summary)
                .list();
    }

    public void addToTeam(OrganisationId organisation, CaseId id, UserId user, UserId by, Instant now) {
        jdbc.sql("insert into case_team (organisation_id, case_id, user_id, added_at, added_by)"
                        + " values (:organisation, :case, :user, :now, :by) on conflict do nothing")
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("user", user.value())
                .param("now", Timestamp.from(now))
                .param("by", by.value())
                .update();
    }

    public boolean removeFromTeam(CaseId id, UserId user) {
        return jdbc.sql("delete from case_team where case_id = :case and user_id = :user")
                        .param("case", id.value())
                        .param("user", user.value())
                        .update()
                == 1;
    }

    public List<UUID> team(CaseId id) {
        return jdbc.sql("select user_id from case_team where case_id = :case order by added_at")
                .param("case", id.value())
                .query(UUID.class)
                .list();
    }

    public void addParticipant(OrganisationId organisation, CaseId id, PersonId person, String role, Instant now) {
        jdbc.sql("insert into case_participants (organisation_id, case_id, person_id, role, added_at)"
                        + " values (:organisation, :case, :person, :role, :now)"
                        + " on conflict (case_id, person_id) do update set role = excluded.role")
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("person", person.value())
                .param("role", role)
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<CaseView.Participant> participants(CaseId id) {
        return jdbc.sql("select cp.role, p.* from case_participants cp join people p on p.id = cp.person_id"
                        + " where cp.case_id = :case order by cp.added_at")
                .param("case", id.value())
                .query((row, n) -> new CaseView.Participant(PeopleRows.summary(row, n), row.getString("role")))
                .list();
    }

    public void close(CaseId id, LocalDate on) {
        jdbc.sql("update cases set status = 'CLOSED', closed_on = :on where id = :id")
                .param("on", on)
                .param("id", id.value())
                .update();
    }

    public boolean visible(CaseId id, UserId reader, Instant now) {
        return jdbc.sql("select count(*) from cases c where c.id = :id and " + Visibility.CASE)
                        .param("id", id.value())
                        .param("me", reader.value())
                        .param("now", Timestamp.from(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static CaseSummary summary(ResultSet row, int n) throws SQLException {
        return new CaseSummary(
                new CaseId(row.getObject("id", UUID.class)),
                row.getString("reference"),
                CaseType.valueOf(row.getString("case_type")),
                new PersonId(row.getObject("child_id", UUID.class)),
                row.getString("first_name") + " " + row.getString("last_name"),
                row.getObject("date_of_death", LocalDate.class) != null,
                row.getString("status"),
                row.getObject("opened_on", LocalDate.class),
                row.getBoolean("on_team"));
    }
}
