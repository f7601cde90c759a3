package org.custodia.servicedesk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custodia.servicedesk.Announcement;
import org.custodia.servicedesk.Announcement.Severity;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service announcements and the organisations each is addressed to. */
@Repository
public class AnnouncementRows {

    private static final String SELECT = """
            select a.*, coalesce((select array_agg(o.name order by o.name) from service_announcement_audiences x
                join organisations o on o.id = x.addressed_to where x.announcement_id = a.id), '{}') as names
            from service_announcements a""";

    private final JdbcClient jdbc;

    AnnouncementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            UUID id,
            UUID operator,
            String title,
            String body,
            Severity severity,
            Instant starts,
            Instant ends,
            List<OrganisationId> audience,
            Instant at) {
        jdbc.sql("insert into service_announcements (id, title, body, severity, starts_at, ends_at, everyone,"
                        + " posted_by, posted_at) values (:id, :title, :body, :severity, :starts, :ends, :everyone,"
                        + " :by, :at)")
                .param("id", id)
                .param("title", title)
                .param("body", body)
                .param("severity", severity.name())
                .param("starts", Timestamp.from(starts))
                .param("ends", Timestamp.from(ends))
                .param("everyone", audience.isEmpty())
                .param("by", operator)
                .param("at", Timestamp.from(at))
                .update();
        for (OrganisationId organisation : audience) {
            jdbc.sql("insert into service_announcement_audiences (announcement_id, addressed_to) values (:a, :o)")
                    .param("a", id)
                    .param("o", organisation.value())
                    .update();
        }
    }

    public List<Announcement> all() {
        return jdbc.sql(SELECT + " order by a.posted_at desc")
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Those addressed to the organisation (or to everyone), newest first; only current ones if asked. */
    public List<Announcement> forOrganisation(OrganisationId organisation, Instant currentAt) {
        return jdbc.sql(SELECT + " where (a.everyone or exists (select 1 from service_announcement_audiences x"
                        + " where x.announcement_id = a.id and x.addressed_to = :org))"
                        + " and (cast(:now as timestamptz) is null or (a.starts_at <= :now and a.ends_at > :now))"
                        + " order by a.starts_at desc")
                .param("org", organisation.value())
                .param("now", currentAt == null ? null : Timestamp.from(currentAt))
                .query((rs, n) -> map(rs))
                .list();
    }

    private static Announcement map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Announcement(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("body"),
                Severity.valueOf(rs.getString("severity")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getBoolean("everyone"),
                List.of((String[]) rs.getArray("names").getArray()),
                rs.getTimestamp("posted_at").toInstant());
    }
}
