package org.custodia.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A recipient in the register. For processors and sub-processors: the service, the countries where
 * they process the data, and the date of the Art 28 contract; a sub-processor names its processor.
 */
public record Recipient(
        RecipientId id,
        String name,
        RecipientKind kind,
        String contact,
        RecipientId processorOf,
        String processorOfName,
        String service,
        List<Country> processingCountries,
        LocalDate contractSignedOn) {}
