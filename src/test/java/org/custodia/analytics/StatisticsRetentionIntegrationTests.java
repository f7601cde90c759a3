package org.custodia.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.custodia.analytics.internal.ProcessorRecordsDisposal;
import org.custodia.retention.RetentionSchedule;
import org.custodia.retention.internal.DisposalSweep;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A day of counts past the schedule's period goes with the organisation's disposal sweep, and those of
 * no organisation with the processor's nightly disposal; younger days stay.
 */
@CustodiaTest
class StatisticsRetentionIntegrationTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    DisposalSweep sweep;

    @Autowired
    ProcessorRecordsDisposal processorDisposal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void daysOfCountsPastTheirPeriodAreDestroyedByTheSweep() {
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        SecurityContextHolder.getContext().setAuthentication(dpo.authentication());
        try {
            schedule.adoptReadyMade();
        } finally {
            SecurityContextHolder.clearContext();
        }
        LocalDate today = LocalDate.now();
        UUID old = day(council.id().value(), today.minusYears(3));
        UUID recent = day(council.id().value(), today.minusDays(3));
        UUID processorsOld =
                day(null, today.minusYears(3).minusDays(UUID.randomUUID().hashCode() & 0xff));
        UUID processorsRecent =
                day(null, today.minusYears(1).minusDays(UUID.randomUUID().hashCode() & 0xff));

        sweep.sweep(council.id(), dpo.actor());
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(processorsOld))
                .as("no organisation's sweep reaches them")
                .isTrue();

        assertThat(processorDisposal.disposeOfDue()).isPositive();
        assertThat(exists(processorsOld)).isFalse();
        assertThat(exists(processorsRecent)).isTrue();
    }

    private UUID day(UUID organisation, LocalDate day) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> jdbc.sql("insert into usage_days (id, organisation_id, day)"
                        + " values (:id, :organisation, :day) on conflict (organisation_id, day) do nothing")
                .param("id", id)
                .param("organisation", organisation)
                .param("day", day)
                .update());
        return id;
    }

    private boolean exists(UUID id) {
        Long count = transactions.execute(status -> jdbc.sql("select count(*) from usage_days where id = :id")
                .param("id", id)
                .query(Long.class)
                .single());
        return count == 1;
    }
}
