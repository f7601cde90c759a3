package org.custodia.analytics;

import java.time.Instant;
import java.util.List;

/**
 * What operators see of users' views: counts per rating (small numbers suppressed) and the comments,
 * newest first, with contact details only where the user asked to be contacted.
 */
public record FeedbackResults(SmallNumbers total, List<Rating> ratings, List<Comment> comments) {

    public record Rating(Satisfaction satisfaction, SmallNumbers count) {}

    public record Comment(
            Instant givenAt,
            Journey journey,
            Satisfaction satisfaction,
            String text,
            String contactName,
            String contactEmail) {}
}
