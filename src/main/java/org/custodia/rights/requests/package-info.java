/**
 * Rights requests: receiving them (a public form, or staff entry), identity checks, matching to the
 * organisation's people (with a legal hold on each match), the statutory clock with its pauses and
 * extension, fees, refusal and closing; the DPO's list and dashboard section, and reminders. A module
 * of its own inside {@code rights}, because it uses the holders (casework, retention, governance) that
 * {@code rights} itself must not depend on.
 */
@ApplicationModule(
        allowedDependencies = {
            "rights",
            "correspondence",
            "casework",
            "governance",
            "consent",
            "correspondence",
            "retention",
            "identity",
            "audit",
            "encryption",
            "correspondence",
            "platform",
            "shared"
        })
package org.custodia.rights.requests;

import org.springframework.modulith.ApplicationModule;
