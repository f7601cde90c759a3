package org.custodia.correspondence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.correspondence.DownloadOffer.Download;
import org.custodia.correspondence.DownloadOffer.OfferedFile;
import org.custodia.correspondence.DownloadOfferId;
import org.custodia.correspondence.OfferStatus;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Download offers, their encrypted files and the downloads made. Row-level security scopes every query. */
@Repository
public class OfferRows {

    private final JdbcClient jdbc;

    OfferRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An offer's row, without its files. */
    public record OfferRow(
            DownloadOfferId id,
            UUID reference,
            String recipient,
            String title,
            String codeHash,
            int failedAttempts,
            Instant lockedAt,
            Instant expiresAt,
            Instant revokedAt,
            Instant createdAt) {

        public OfferStatus status(Instant now) {
            if (revokedAt != null) {
                return OfferStatus.REVOKED;
            }
            if (!now.isBefore(expiresAt)) {
                return OfferStatus.EXPIRED;
            }
            if (lockedAt != null) {
                return OfferStatus.LOCKED;
            }
            return codeHash == null ? OfferStatus.CODE_USED : OfferStatus.AWAITING_CODE;
        }
    }

    /** The organisation an offer's token belongs to, asked before any organisation is known. */
    public Optional<OrganisationId> organisationOf(String tokenHash) {
        return jdbc.sql("select download_offer_organisation(:hash)")
                .param("hash", tokenHash)
                .query((row, n) -> row.getObject(1, UUID.class))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(OrganisationId::new);
    }

    public void insert(OrganisationId organisation, OfferRow offer, String tokenHash, UUID createdBy) {
        jdbc.sql("""
                        insert into download_offers (id, organisation_id, reference, recipient, title, token_hash,
                            code_hash, code_issued_at, expires_at, created_by, created_at)
                        values (:id, :organisation, :reference, :recipient, :title, :token, :code, :now, :expires,
                            :by, :now)""")
                .param("id", offer.id().value())
                .param("organisation", organisation.value())
                .param("reference", offer.reference())
                .param("recipient", offer.recipient())
                .param("title", offer.title())
                .param("token", tokenHash)
                .param("code", offer.codeHash())
                .param("now", Timestamp.from(offer.createdAt()))
                .param("expires", Timestamp.from(offer.expiresAt()))
                .param("by", createdBy)
                .update();
    }

    public void insertFile(
            OrganisationId organisation,
            DownloadOfferId offer,
            UUID file,
            int position,
            String name,
            String mediaType,
            long size,
            byte[] sealed) {
        jdbc.sql("""
                        insert into download_files (id, organisation_id, offer_id, position, name, media_type,
                            size_bytes, content)
                        values (:id, :organisation, :offer, :position, :name, :type, :size, :content)""")
                .param("id", file)
                .param("organisation", organisation.value())
                .param("offer", offer.value())
                .param("position", position)
                .param("name", name)
                .param("type", mediaType)
                .param("size", size)
                .param("content", sealed)
                .update();
    }

    public Optional<OfferRow> byToken(String tokenHash, boolean forUpdate) {
        return jdbc.sql("select * from download_offers where token_hash = :hash" + (forUpdate ? " for update" : ""))
                .param("hash", tokenHash)
                .query(OfferRows::offer)
                .optional();
    }

    public Optional<OfferRow> find(DownloadOfferId id, boolean forUpdate) {
        return jdbc.sql("select * from download_offers where id = :id" + (forUpdate ? " for update" : ""))
                .param("id", id.value())
                .query(OfferRows::offer)
                .optional();
    }

    public List<OfferRow> forReference(UUID reference) {
        return jdbc.sql("select * from download_offers where reference = :reference order by created_at desc")
                .param("reference", reference)
                .query(OfferRows::offer)
                .list();
    }

    public void codeRefused(DownloadOfferId id, int failedAttempts, Instant lockedAt) {
        jdbc.sql("update download_offers set failed_attempts = :failed, locked_at = :locked where id = :id")
                .param("id", id.value())
                .param("failed", failedAttempts)
                .param("locked", lockedAt == null ? null : Timestamp.from(lockedAt))
                .update();
    }

    /** The code is spent: it opens the files once, for one short session. */
    public void codeAccepted(DownloadOfferId id) {
        jdbc.sql("update download_offers set code_hash = null where id = :id")
                .param("id", id.value())
                .update();
    }

    public void newCode(DownloadOfferId id, String codeHash, Instant now) {
        jdbc.sql("update download_offers set code_hash = :code, code_issued_at = :now, failed_attempts = 0,"
                        + " locked_at = null where id = :id")
                .param("id", id.value())
                .param("code", codeHash)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void revoke(DownloadOfferId id, Instant now) {
        jdbc.sql("update download_offers set revoked_at = :now, code_hash = null where id = :id")
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<OfferedFile> files(DownloadOfferId offer) {
        return jdbc.sql("select id, name, media_type, size_bytes from download_files where offer_id = :offer"
                        + " order by position")
                .param("offer", offer.value())
                .query((row, n) -> new OfferedFile(
                        row.getObject("id", UUID.class),
                        row.getString("name"),
                        row.getString("media_type"),
                        row.getLong("size_bytes")))
                .list();
    }

    public Optional<byte[]> content(DownloadOfferId offer, UUID file) {
        return jdbc.sql("select content from download_files where offer_id = :offer and id = :file")
                .param("offer", offer.value())
                .param("file", file)
                .query(byte[].class)
                .optional();
    }

    public void downloaded(OrganisationId organisation, DownloadOfferId offer, UUID file, Instant at) {
        jdbc.sql("""
                        insert into download_events (id, organisation_id, offer_id, file_id, downloaded_at)
                        values (:id, :organisation, :offer, :file, :at)""")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("offer", offer.value())
                .param("file", file)
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<Download> downloads(DownloadOfferId offer) {
        return jdbc.sql("""
                        select e.file_id, f.name, e.downloaded_at from download_events e
                        join download_files f on f.id = e.file_id
                        where e.offer_id = :offer order by e.downloaded_at, e.id""")
                .param("offer", offer.value())
                .query((row, n) -> new Download(
                        row.getObject("file_id", UUID.class),
                        row.getString("name"),
                        row.getTimestamp("downloaded_at").toInstant()))
                .list();
    }

    private static OfferRow offer(ResultSet row, int n) throws SQLException {
        return new OfferRow(
                new DownloadOfferId(row.getObject("id", UUID.class)),
                row.getObject("reference", UUID.class),
                row.getString("recipient"),
                row.getString("title"),
                row.getString("code_hash"),
                row.getInt("failed_attempts"),
                instant(row, "locked_at"),
                instant(row, "expires_at"),
                instant(row, "revoked_at"),
                instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
