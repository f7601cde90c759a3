package org.custodia.retention.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.DevelopmentClock;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the development clock forward, so that a DPO trying Custodia out can see records fall due.
 * Absent (404) unless the development clock is enabled; every move is audited.
 */
@Component
public class ClockMoves {

    static final int MAX_YEARS = 150;
    static final int MAX_DAYS = 3660;

    private final ObjectProvider<DevelopmentClock> clock;
    private final AuditTrail audit;

    ClockMoves(ObjectProvider<DevelopmentClock> clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    public Optional<DevelopmentClock> clock() {
        return Optional.ofNullable(clock.getIfAvailable());
    }

    public DevelopmentClock requireClock() {
        return clock().orElseThrow(() -> new NotFound("Development clock"));
    }

    @Transactional
    public void forward(Integer years, Integer days) {
        DevelopmentClock development = requireClock();
        Map<String, String> errors = new LinkedHashMap<>();
        if (years == null || years < 0 || years > MAX_YEARS) {
            errors.put("years", "Enter a whole number of years from 0 to " + MAX_YEARS);
        }
        if (days == null || days < 0 || days > MAX_DAYS) {
            errors.put("days", "Enter a whole number of days from 0 to " + MAX_DAYS);
        }
        if (errors.isEmpty() && years == 0 && days == 0) {
            errors.put("years", "Enter how many years or days to move the clock forward");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ZonedDateTime now = ZonedDateTime.now(development.withZone(UkCalendar.ZONE));
        development.shiftForward(Duration.between(now, now.plusYears(years).plusDays(days)));
        audit.record(AuditRecord.of("platform.clock-moved", Outcome.SUCCESS)
                .about("development-clock", "clock")
                .withDetail("forward " + years + " years and " + days + " days; now " + UkCalendar.today(development)
                        + " (offset " + development.offset() + ")"));
    }

    @Transactional
    public void reset() {
        DevelopmentClock development = requireClock();
        development.reset();
        audit.record(AuditRecord.of("platform.clock-reset", Outcome.SUCCESS)
                .about("development-clock", "clock")
                .withDetail("back to real time"));
    }
}
