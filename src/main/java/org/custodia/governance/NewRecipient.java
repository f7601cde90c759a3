package org.custodia.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What is entered to add a recipient; processing countries are ISO 3166 alpha-2 codes. */
public record NewRecipient(
        String name,
        RecipientKind kind,
        String contact,
        UUID processorOf,
        String service,
        List<String> processingCountries,
        LocalDate contractSignedOn) {}
