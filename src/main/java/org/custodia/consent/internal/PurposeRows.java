package org.custodia.consent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.consent.ConsentPurpose;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentWording;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent purposes and their wording versions. Row-level security confines every query to one organisation. */
@Repository
public class PurposeRows {

    private static final String WITH_CURRENT_WORDING = """
            select p.*, w.version, w.wording, w.created_at as wording_created_at from consent_purposes p
            join consent_wordings w on w.purpose_id = p.id
             and w.version = (select max(v.version) from consent_wordings v where v.purpose_id = p.id)
            """;

    private final JdbcClient jdbc;

    PurposeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            ConsentPurposeId id,
            OrganisationId organisation,
            String name,
            String processingActivity,
            UserId by,
            Instant now) {
        jdbc.sql("""
                        insert into consent_purposes (id, organisation_id, name, processing_activity, created_by,
                            created_at, updated_at)
                        values (:id, :organisation, :name, :activity, :by, :now, :now)""")
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("name", name)
                .param("activity", processingActivity)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public void update(ConsentPurposeId id, String name, String processingActivity, Instant now) {
        jdbc.sql("update consent_purposes set name = :name, processing_activity = :activity, updated_at = :now"
                        + " where id = :id")
                .param("id", id.value())
                .param("name", name)
                .param("activity", processingActivity)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void addWording(
            ConsentPurposeId purpose,
            OrganisationId organisation,
            int version,
            String wording,
            UserId by,
            Instant now) {
        jdbc.sql("""
                        insert into consent_wordings (id, organisation_id, purpose_id, version, wording, created_by,
                            created_at)
                        values (:id, :organisation, :purpose, :version, :wording, :by, :now)""")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("purpose", purpose.value())
                .param("version", version)
                .param("wording", wording)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Locks the purpose until the transaction ends, so that two changes to it (or to consents to it) queue. */
    public boolean lock(ConsentPurposeId id) {
        return jdbc.sql("select id from consent_purposes where id = :id for update")
                .param("id", id.value())
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    public Optional<ConsentPurpose> find(ConsentPurposeId id) {
        return jdbc.sql(WITH_CURRENT_WORDING + " where p.id = :id")
                .param("id", id.value())
                .query(PurposeRows::purpose)
                .optional();
    }

    public boolean nameTaken(String name, ConsentPurposeId except) {
        return jdbc.sql("select count(*) from consent_purposes where lower(name) = lower(:name) and id <> :except")
                        .param("name", name)
                        .param("except", except == null ? new UUID(0, 0) : except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<ConsentPurpose> all() {
        return jdbc.sql(WITH_CURRENT_WORDING + " order by lower(p.name)")
                .query(PurposeRows::purpose)
                .list();
    }

    /** Every version of the purpose's wording, newest first. */
    public List<ConsentWording> wordings(ConsentPurposeId id) {
        return jdbc.sql("select * from consent_wordings where purpose_id = :id order by version desc")
                .param("id", id.value())
                .query((row, n) -> new ConsentWording(
                        row.getInt("version"),
                        row.getString("wording"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The id of one version of the purpose's wording. */
    public Optional<UUID> wordingId(ConsentPurposeId id, int version) {
        return jdbc.sql("select id from consent_wordings where purpose_id = :id and version = :version")
                .param("id", id.value())
                .param("version", version)
                .query(UUID.class)
                .optional();
    }

    private static ConsentPurpose purpose(ResultSet row, int n) throws SQLException {
        return new ConsentPurpose(
                new ConsentPurposeId(row.getObject("id", UUID.class)),
                row.getString("name"),
                row.getString("processing_activity"),
                new ConsentWording(
                        row.getInt("version"),
                        row.getString("wording"),
                        row.getTimestamp("wording_created_at").toInstant()));
    }
}
