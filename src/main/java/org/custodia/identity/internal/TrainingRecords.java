package org.custodia.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.identity.NewTrainingRecord;
import org.custodia.identity.TrainingRecord;
import org.custodia.identity.TrainingRecordId;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The training_records table; row-level security keeps each organisation to its own users' records. */
@Repository
public class TrainingRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<TrainingRecord> of(UserId user) {
        return jdbc.sql("select * from training_records where user_id = :user order by expires_on desc, lower(course)")
                .param("user", user.value())
                .query(TrainingRecords::map)
                .list();
    }

    /** The records of several users at once, for lists of grant holders. */
    public Map<UserId, List<TrainingRecord>> of(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from training_records where user_id in (:users)")
                .param("users", users.stream().map(UserId::value).toList())
                .query((row, n) -> Map.entry(new UserId(row.getObject("user_id", UUID.class)), map(row, n)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    public Optional<TrainingRecord> find(UserId user, TrainingRecordId id) {
        return jdbc.sql("select * from training_records where id = :id and user_id = :user")
                .param("id", id.value())
                .param("user", user.value())
                .query(TrainingRecords::map)
                .optional();
    }

    public TrainingRecordId insert(
            OrganisationId organisation, UserId user, NewTrainingRecord record, UserId recordedBy) {
        TrainingRecordId id = TrainingRecordId.random();
        jdbc.sql("""
                        insert into training_records (id, organisation_id, user_id, course, completed_on, expires_on,
                            recorded_by, recorded_at)
                        values (:id, :organisation, :user, :course, :completed, :expires, :by, :now)
                        """)
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("user", user.value())
                .param("course", TrainingRequirement.normalised(record.course()))
                .param("completed", record.completedOn())
                .param("expires", record.expiresOn())
                .param("by", recordedBy.value())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    public void delete(TrainingRecordId id) {
        jdbc.sql("delete from training_records where id = :id")
                .param("id", id.value())
                .update();
    }

    private static TrainingRecord map(ResultSet row, int n) throws SQLException {
        return new TrainingRecord(
                new TrainingRecordId(row.getObject("id", UUID.class)),
                row.getString("course"),
                row.getObject("completed_on", LocalDate.class),
                row.getObject("expires_on", LocalDate.class),
                row.getTimestamp("recorded_at").toInstant());
    }
}
