/**
 * Retention's part of the DPO's dashboard. A module of its own because governance (whose dashboard
 * it is) depends on casework, which depends on retention: the section cannot live in retention
 * without a cycle.
 */
@ApplicationModule(allowedDependencies = {"retention", "governance"})
package org.custodia.retention.dashboard;

import org.springframework.modulith.ApplicationModule;
