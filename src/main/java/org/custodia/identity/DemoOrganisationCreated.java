package org.custodia.identity;

import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;

/**
 * The fictional demo organisation was just created (outside production only). Published inside the
 * creating transaction, with that organisation's context set, so listeners add their demo records to
 * it atomically. The practitioner is the demo account that does casework; the data protection
 * officer is also a practitioner, on the looked-after child's case team.
 */
public record DemoOrganisationCreated(OrganisationId organisation, UserId practitioner, UserId dataProtectionOfficer) {}
