package org.custodia.servicedesk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.custodia.encryption.Secrets;
import org.custodia.servicedesk.SupportRequest.Screenshot;
import org.custodia.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Screenshots attached to requests. The type is sniffed from the bytes (Apache Tika), never taken from
 * the name or the browser; the bytes are sealed, because a screenshot may show a child's record.
 */
@Repository
public class ScreenshotRows {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg");
    private static final Tika TIKA = new Tika();

    private final JdbcClient jdbc;
    private final Secrets secrets;

    ScreenshotRows(JdbcClient jdbc, Secrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** The type of an acceptable screenshot; bad input (too big, not PNG or JPEG) otherwise. */
    public static String check(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("screenshot", "The screenshot must be smaller than 5 MB");
        }
        String type = TIKA.detect(content);
        if (!ALLOWED.contains(type)) {
            throw new InvalidInput("screenshot", "The screenshot must be a PNG or JPG image");
        }
        return type;
    }

    public void store(UUID request, String mediaType, byte[] content, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into support_screenshots (id, organisation_id, request_id, media_type, size_bytes, content,"
                        + " uploaded_at) values (:id, current_organisation(), :request, :type, :size, :content, :at)")
                .param("id", id)
                .param("request", request)
                .param("type", mediaType)
                .param("size", content.length)
                .param("content", secrets.seal(content, context(id)))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The screenshot's type and bytes, if it belongs to the request (in the current organisation). */
    public Optional<Download> open(UUID request, UUID screenshot) {
        return jdbc.sql("select media_type, content from support_screenshots where id = :id and request_id = :request")
                .param("id", screenshot)
                .param("request", request)
                .query((rs, n) -> new Download(
                        rs.getString("media_type"), secrets.open(rs.getBytes("content"), context(screenshot))))
                .optional();
    }

    /** A screenshot's bytes, to be sent as a download only. */
    public record Download(String mediaType, byte[] content) {}

    static List<Screenshot> list(JdbcClient jdbc, UUID request) {
        return jdbc.sql("select id, media_type, size_bytes, uploaded_at from support_screenshots where request_id = :id"
                        + " order by uploaded_at")
                .param("id", request)
                .query((rs, n) -> new Screenshot(
                        rs.getObject("id", UUID.class),
                        rs.getString("media_type"),
                        rs.getInt("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    private static String context(UUID screenshot) {
        return "servicedesk.screenshot:" + screenshot;
    }
}
