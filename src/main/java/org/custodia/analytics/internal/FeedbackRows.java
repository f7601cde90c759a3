package org.custodia.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.analytics.FeedbackResults;
import org.custodia.analytics.FeedbackResults.Comment;
import org.custodia.analytics.FeedbackResults.Rating;
import org.custodia.analytics.Journey;
import org.custodia.analytics.Satisfaction;
import org.custodia.analytics.SmallNumbers;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of feedback. */
@Component
public class FeedbackRows {

    private final JdbcClient jdbc;

    FeedbackRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(
            OrganisationId organisation,
            Instant at,
            Journey journey,
            Satisfaction satisfaction,
            String comments,
            UserId contact,
            String name,
            String email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into feedback (id, organisation_id, given_at, journey, rating, comments, contact_user_id,"
                        + " contact_name, contact_email) values (:id, :organisation, :at, :journey, :rating, :comments,"
                        + " :contact, :name, :email)")
                .param("id", id)
                .param("organisation", organisation == null ? null : organisation.value())
                .param("at", Timestamp.from(at))
                .param("journey", journey.name())
                .param("rating", satisfaction.score())
                .param("comments", comments)
                .param("contact", contact == null ? null : contact.value())
                .param("name", name)
                .param("email", email)
                .update();
        return id;
    }

    public FeedbackResults results() {
        Map<Satisfaction, Long> counts = new EnumMap<>(Satisfaction.class);
        jdbc.sql("select rating, count(*) as given from feedback group by rating")
                .query(rs -> {
                    counts.put(Satisfaction.ofScore(rs.getInt("rating")), rs.getLong("given"));
                });
        List<Rating> ratings = new ArrayList<>();
        long total = 0;
        for (Satisfaction satisfaction : Satisfaction.values()) {
            long count = counts.getOrDefault(satisfaction, 0L);
            total += count;
            ratings.add(new Rating(satisfaction, SmallNumbers.of(count)));
        }
        List<Comment> comments = jdbc.sql("select given_at, journey, rating, comments, contact_name, contact_email"
                        + " from feedback where comments is not null order by given_at desc limit 500")
                .query((rs, row) -> new Comment(
                        rs.getTimestamp("given_at").toInstant(),
                        Journey.valueOf(rs.getString("journey")),
                        Satisfaction.ofScore(rs.getInt("rating")),
                        rs.getString("comments"),
                        rs.getString("contact_name"),
                        rs.getString("contact_email")))
                .list();
        return new FeedbackResults(SmallNumbers.of(total), ratings, comments);
    }
}
