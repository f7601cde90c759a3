package org.custodia.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custodia.casework.AllowedUse;
import org.custodia.casework.PersonId;
import org.custodia.casework.Restriction;
import org.custodia.casework.RestrictionGround;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Restrictions (Art 18) and the Art 18(2) uses stated against them. */
@Repository
public class RestrictionRows {

    /** An allowed use lasts a working day, like break-glass: long enough for the work, then stated again. */
    public static final Duration USE_LASTS = Duration.ofHours(8);

    public record Use(AllowedUse ground, Instant expiresAt) {}

    private final JdbcClient jdbc;

    RestrictionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            UUID id,
            OrganisationId organisation,
            PersonId person,
            RestrictionGround ground,
            UUID request,
            UserId by,
            Instant now) {
        jdbc.sql("insert into person_restrictions (id, organisation_id, person_id, ground, request_id, restricted_by,"
                        + " restricted_at) values (:id, :organisation, :person, :ground, :request, :by, :now)")
                .param("id", id)
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("ground", ground.name())
                .param("request", request)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean lift(UUID id, LocalDate toldOn, UUID request, UserId by, Instant now) {
        return jdbc.sql("update person_restrictions set person_told_on = :told, lifted_by = :by, lifted_at = :now,"
                                + " lift_request_id = :request where id = :id and lifted_at is null")
                        .param("told", toldOn)
                        .param("by", by.value())
                        .param("now", Timestamp.from(now))
                        .param("request", request)
                        .param("id", id)
                        .update()
                == 1;
    }

    public Optional<Restriction> current(PersonId person) {
        return jdbc.sql("select * from person_restrictions where person_id = :person and lifted_at is null")
                .param("person", person.value())
                .query(RestrictionRows::restriction)
                .optional();
    }

    public List<Restriction> history(PersonId person) {
        return jdbc.sql("select * from person_restrictions where person_id = :person order by restricted_at desc")
                .param("person", person.value())
                .query(RestrictionRows::restriction)
                .list();
    }

    public Set<PersonId> restrictedAmong(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        Set<PersonId> found = new HashSet<>();
        jdbc.sql("select person_id from person_restrictions where lifted_at is null and person_id in (:people)")
                .param("people", people.stream().map(PersonId::value).toList())
                .query(UUID.class)
                .list()
                .forEach(id -> found.add(new PersonId(id)));
        return found;
    }

    public void grantUse(
            UUID id,
            OrganisationId organisation,
            PersonId person,
            UserId user,
            AllowedUse ground,
            byte[] note,
            Instant now) {
        jdbc.sql("insert into restricted_uses (id, organisation_id, person_id, user_id, ground, note, granted_at,"
                        + " expires_at) values (:id, :organisation, :person, :user, :ground, :note, :now, :expires)")
                .param("id", id)
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("user", user.value())
                .param("ground", ground.name())
                .param("note", note)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(USE_LASTS)))
                .update();
    }

    /** The user's latest unexpired use stated since the restriction began, if any. */
    public Optional<Use> currentUse(PersonId person, UserId user, Instant since, Instant now) {
        return jdbc.sql("select ground, expires_at from restricted_uses where person_id = :person and user_id = :user"
                        + " and granted_at >= :since and expires_at > :now order by expires_at desc limit 1")
                .param("person", person.value())
                .param("user", user.value())
                .param("since", Timestamp.from(since))
                .param("now", Timestamp.from(now))
                .query((row, n) -> new Use(
                        AllowedUse.valueOf(row.getString(1)),
                        row.getTimestamp(2).toInstant()))
                .optional();
    }

    private static Restriction restriction(ResultSet row, int n) throws SQLException {
        Timestamp lifted = row.getTimestamp("lifted_at");
        return new Restriction(
                row.getObject("id", UUID.class),
                new PersonId(row.getObject("person_id", UUID.class)),
                RestrictionGround.valueOf(row.getString("ground")),
                row.getObject("request_id", UUID.class),
                row.getObject("restricted_by", UUID.class),
                row.getTimestamp("restricted_at").toInstant(),
                row.getObject("person_told_on", LocalDate.class),
                row.getObject("lifted_by", UUID.class),
                lifted == null ? null : lifted.toInstant());
    }
}
