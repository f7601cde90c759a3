package org.custodia.rights.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code rights_request_responses} table: one response per request. Documents are kept only when
 * the DPO sends them on (post, in person), sealed under the request's key.
 */
@Component
public class Responses {

    static final String TABLE = "rights_request_responses";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    Responses(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public record Issued(
            RightsRequestId request,
            boolean secureDownload,
            UUID offer,
            int records,
            int withheld,
            boolean hasPdf,
            boolean hasZip,
            Instant issuedAt) {}

    public void insert(Issued issued, byte[] pdf, byte[] zip, UserId by) {
        RightsRequestId id = issued.request();
        jdbc.sql("insert into " + TABLE + " (request_id, organisation_id, delivery, offer_id, records, withheld, pdf,"
                        + " zip, issued_by, issued_at) values (:id, current_organisation(), :delivery, :offer,"
                        + " :records, :withheld, :pdf, :zip, :by, :at)")
                .param("id", id.value())
                .param("delivery", issued.secureDownload() ? "SECURE_DOWNLOAD" : "DPO_DOWNLOAD")
                .param("offer", issued.offer())
                .param("records", issued.records())
                .param("withheld", issued.withheld())
                .param("pdf", pdf == null ? null : seal(id, "pdf", pdf), Types.BINARY)
                .param("zip", zip == null ? null : seal(id, "zip", zip), Types.BINARY)
                .param("by", by.value())
                .param("at", Timestamp.from(issued.issuedAt()))
                .update();
    }

    public Optional<Issued> find(RightsRequestId id) {
        return jdbc.sql("select delivery, offer_id, records, withheld, pdf is not null as has_pdf,"
                        + " zip is not null as has_zip, issued_at from " + TABLE + " where request_id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Issued(
                        id,
                        "SECURE_DOWNLOAD".equals(rs.getString("delivery")),
                        rs.getObject("offer_id", UUID.class),
                        rs.getInt("records"),
                        rs.getInt("withheld"),
                        rs.getBoolean("has_pdf"),
                        rs.getBoolean("has_zip"),
                        rs.getTimestamp("issued_at").toInstant()))
                .optional();
    }

    /** The stored document ("pdf" or "zip"), opened; empty if none was kept. */
    public Optional<byte[]> document(RightsRequestId id, String which) {
        if (!"pdf".equals(which) && !"zip".equals(which)) {
            return Optional.empty();
        }
        return jdbc.sql("select " + which + " from " + TABLE + " where request_id = :id")
                .param("id", id.value())
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .filter(bytes -> bytes != null)
                .map(bytes -> Base64.getDecoder()
                        .decode(encryption.decrypt(id.keyHolder(), FieldRef.of(TABLE, which, id.value()), bytes)));
    }

    private byte[] seal(RightsRequestId id, String column, byte[] content) {
        // Field encryption takes text: the document goes in as Base64, as correspondence seals its files.
        return encryption.encrypt(
                id.keyHolder(),
                FieldRef.of(TABLE, column, id.value()),
                Base64.getEncoder().encodeToString(content));
    }
}
