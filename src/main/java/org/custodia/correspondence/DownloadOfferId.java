package org.custodia.correspondence;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a set of files offered for secure download. */
public record DownloadOfferId(@JsonValue UUID value) {

    public DownloadOfferId {
        Objects.requireNonNull(value, "download offer id");
    }

    public static DownloadOfferId random() {
        return new DownloadOfferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
