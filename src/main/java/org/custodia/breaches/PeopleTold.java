package org.custodia.breaches;

import java.time.LocalDate;

/**
 * How the task of telling the people affected ended: they were told (on a date, and how), or they
 * were not, for one of the reasons Art 34(3) allows, explained.
 */
public record PeopleTold(LocalDate toldOn, String toldHow, NotToldReason notToldReason, String explanation) {

    public static PeopleTold told(LocalDate on, String how) {
        return new PeopleTold(on, how, null, null);
    }

    public static PeopleTold notTold(NotToldReason reason, String explanation) {
        return new PeopleTold(null, null, reason, explanation);
    }
}
