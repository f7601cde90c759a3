package org.custodia.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.custodia.shared.Actor;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Processor staff accounts. They sign in with the reserved Organisation ID {@code PLATFORM}. */
@Repository
public class PlatformOperators {

    public record Operator(UserId id, String email, String name, String passwordHash, boolean active) {
        public Actor actor() {
            return Actor.operator(id, name);
        }
    }

    private final JdbcClient jdbc;

    PlatformOperators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Operator> findByEmail(String email) {
        return jdbc.sql("select * from platform_operators where email = :email")
                .param("email", email.trim().toLowerCase())
                .query((row, n) -> new Operator(
                        new UserId(row.getObject("id", UUID.class)),
                        row.getString("email"),
                        row.getString("first_name") + " " + row.getString("last_name"),
                        row.getString("password_hash"),
                        "ACTIVE".equals(row.getString("status"))))
                .optional();
    }

    public UserId create(String email, String firstName, String lastName, String passwordHash, Instant now) {
        UserId id = UserId.random();
        jdbc.sql("insert into platform_operators (id, email, first_name, last_name, password_hash, status, created_at)"
                        + " values (:id, :email, :first, :last, :hash, 'ACTIVE', :now)")
                .param("id", id.value())
                .param("email", email.trim().toLowerCase())
                .param("first", firstName)
                .param("last", lastName)
                .param("hash", passwordHash)
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }
}
