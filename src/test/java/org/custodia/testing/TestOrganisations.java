package org.custodia.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.custodia.shared.OrganisationId;

/** Organisations made directly as the owner, each with a fresh code so that tests never collide. */
public final class TestOrganisations {

    private TestOrganisations() {}

    public static OrganisationId create(TestDatabase database) {
        OrganisationId id = OrganisationId.random();
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection owner = database.owner();
                PreparedStatement insert =
                        owner.prepareStatement("insert into organisations (id, code, name, kind, nation, created_at)"
                                + " values (?, ?, ?, 'LOCAL_AUTHORITY', 'ENGLAND', ?)")) {
            insert.setObject(1, id.value());
            insert.setString(2, code);
            insert.setString(3, "Test council " + code);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test organisation", e);
        }
        return id;
    }
}
