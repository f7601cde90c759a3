package org.custodia.servicedesk.web;

import java.util.UUID;
import org.custodia.servicedesk.SupportRequest;
import org.custodia.servicedesk.internal.ScreenshotRows;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a screenshot leaves: always as a download of a fixed, inert type, never shown in the page, so a
 * crafted file cannot run in the browser (docs/service-desk.md).
 */
final class Screenshots {

    private Screenshots() {}

    static ResponseEntity<byte[]> download(ScreenshotRows.Download download, UUID request) {
        String extension = "image/png".equals(download.mediaType()) ? ".png" : ".jpg";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("screenshot-" + SupportRequest.reference(request) + extension)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }
}
