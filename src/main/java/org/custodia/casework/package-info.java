/** People, cases, case teams and case records (visits, attendance, reviews), with need-to-know access. */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "audit",
            "encryption",
            "identity",
            "personaldata",
            "retention",
            "analytics"
        })
package org.custodia.casework;

import org.springframework.modulith.ApplicationModule;
