/**
 * Usage statistics without personal data (page views by route template, searches and failed
 * searches, page speed, unique visitors by a salt that changes daily), their dashboards and exports
 * with small numbers suppressed; and users' views of the service ("What did you think of this
 * service?"). See docs/analytics.md.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "identity", "retention", "personaldata"})
package org.custodia.analytics;

import org.springframework.modulith.ApplicationModule;
