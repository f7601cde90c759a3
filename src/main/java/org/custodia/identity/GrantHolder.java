package org.custodia.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodia.shared.UserId;

/** Someone who holds a current sensitive-data grant, as the DPO's list shows them. */
public record GrantHolder(
        UserId user,
        String name,
        String email,
        Instant grantedAt,
        String grantedBy,
        LocalDate lapsesOn,
        List<CourseStatus> training) {}
