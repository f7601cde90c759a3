/**
 * The organisation's accountability records: processing activities and lawful bases, DPIAs,
 * recipients and processors, sharing agreements, disclosures and international transfers — and the
 * data protection officer's dashboard, to which other modules add what needs their attention.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "audit",
            "encryption",
            "identity",
            "casework",
            "consent",
            "personaldata",
            "casework :: spi"
        })
package org.custodia.governance;

import org.springframework.modulith.ApplicationModule;
