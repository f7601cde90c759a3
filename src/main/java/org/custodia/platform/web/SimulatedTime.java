package org.custodia.platform.web;

import org.custodia.platform.DevelopmentClock;
import org.custodia.platform.UkCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** For the banner every page shows while the development clock is moved forward. */
@Component("simulatedTime")
public class SimulatedTime {

    private final ObjectProvider<DevelopmentClock> clock;
    private final UkTime ukTime;

    SimulatedTime(ObjectProvider<DevelopmentClock> clock, UkTime ukTime) {
        this.clock = clock;
        this.ukTime = ukTime;
    }

    /** Whether this is a development run whose clock may be moved. */
    public boolean available() {
        return clock.getIfAvailable() != null;
    }

    /** The date Custodia believes it is, or null while the clock tells the real time. */
    public String today() {
        DevelopmentClock development = clock.getIfAvailable();
        if (development == null || !development.shifted()) {
            return null;
        }
        return ukTime.date(UkCalendar.today(development));
    }
}
