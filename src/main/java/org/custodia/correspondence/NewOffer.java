package org.custodia.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Files to offer a person through a secure link, under the reference they belong to (a request's
 * id, say). The link works until the end of {@code expiresOn} (UK time); without a date, for
 * {@value SecureDownloads#DEFAULT_DAYS} days.
 */
public record NewOffer(
        String recipientEmail, UUID reference, String title, List<DownloadFile> files, LocalDate expiresOn) {

    public NewOffer(String recipientEmail, UUID reference, String title, List<DownloadFile> files) {
        this(recipientEmail, reference, title, files, null);
    }
}
