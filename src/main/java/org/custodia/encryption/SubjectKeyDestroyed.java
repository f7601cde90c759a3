package org.custodia.encryption;

import java.time.Instant;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;

/** A data subject's key was destroyed: every value encrypted for them is now unreadable. */
public record SubjectKeyDestroyed(OrganisationId organisation, DataSubjectId subject, Instant destroyedAt) {}
