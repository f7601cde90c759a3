/**
 * The service desk, the processor's record of its contacts with users (support requests raised on the
 * page, and contacts by phone or email that an operator records, with their thread of messages, which
 * the desk may redact), and the service announcements the processor shows to chosen organisations.
 * See docs/service-desk.md.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "platform", "audit", "encryption", "identity", "retention", "personaldata"})
package org.custodia.servicedesk;

import org.springframework.modulith.ApplicationModule;
