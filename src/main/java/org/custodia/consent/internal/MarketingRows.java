package org.custodia.consent.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.custodia.consent.MarketingChannel;
import org.custodia.consent.MarketingChoices;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Marketing preference changes, one row per change; the latest per channel is the preference now. */
@Repository
public class MarketingRows {

    private final JdbcClient jdbc;

    MarketingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(
            OrganisationId organisation, UserId user, MarketingChannel channel, boolean optedIn, Instant now) {
        jdbc.sql("insert into marketing_preference_changes (organisation_id, user_id, channel, opted_in, changed_at)"
                        + " values (:organisation, :user, :channel, :optedIn, :now)")
                .param("organisation", organisation.value())
                .param("user", user.value())
                .param("channel", channel.name())
                .param("optedIn", optedIn)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Every change the user made, newest first. */
    public List<MarketingChoices.Change> history(UserId user) {
        return jdbc.sql("select * from marketing_preference_changes where user_id = :user order by id desc")
                .param("user", user.value())
                .query((row, n) -> new MarketingChoices.Change(
                        MarketingChannel.valueOf(row.getString("channel")),
                        row.getBoolean("opted_in"),
                        row.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** Addresses of active users, in any organisation, who opted in to email; only for work outside any organisation. */
    public List<String> emailRecipients() {
        return jdbc.sql("select email from marketing_email_recipients()")
                .query(String.class)
                .list();
    }
}
