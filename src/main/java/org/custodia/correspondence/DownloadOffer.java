package org.custodia.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An offer as the data protection officer sees it: files, status and every download made. */
public record DownloadOffer(
        DownloadOfferId id,
        UUID reference,
        String recipient,
        String title,
        OfferStatus status,
        int failedAttempts,
        Instant createdAt,
        Instant expiresAt,
        List<OfferedFile> files,
        List<Download> downloads) {

    /** A file offered; its content is only ever given to the person with the code. */
    public record OfferedFile(UUID id, String name, String mediaType, long sizeBytes) {}

    /** One download of one file. */
    public record Download(UUID fileId, String fileName, Instant at) {}
}
