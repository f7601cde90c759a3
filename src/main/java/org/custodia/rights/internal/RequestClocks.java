package org.custodia.rights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.custodia.identity.Organisations;
import org.custodia.platform.StatutoryCalendar;
import org.custodia.platform.UkCalendar;
import org.custodia.rights.RequestClock;
import org.custodia.rights.RequestClock.State;
import org.custodia.rights.RightsRequestView.Pause;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.Nation;
import org.springframework.stereotype.Component;

/** A request's clock today, in its organisation's nation. */
@Component
public class RequestClocks {

    /** Due within this many working days and a request is "due this week", and its DPOs are reminded. */
    public static final int DUE_SOON_WORKING_DAYS = 5;

    private final StatutoryCalendar calendar;
    private final Organisations organisations;
    private final Clock clock;

    RequestClocks(StatutoryCalendar calendar, Organisations organisations, Clock clock) {
        this.calendar = calendar;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The current organisation's nation: it decides the bank holidays. */
    public Nation nation() {
        return organisations.current().nation();
    }

    public LocalDate today() {
        return UkCalendar.today(clock);
    }

    public RequestClock of(RequestRow row, List<Pause> pauses, Nation nation) {
        LocalDate today = today();
        if (!row.kind().statutoryClock()) {
            return new RequestClock(
                    row.open() ? State.NO_STATUTORY_DEADLINE : State.CLOSED,
                    row.receivedOn(),
                    null,
                    null,
                    0,
                    null,
                    null,
                    null);
        }
        long paused = Pauses.pausedDays(pauses, today);
        int extension = row.extensionMonths() == null ? 0 : row.extensionMonths();
        LocalDate due = calendar.deadline(row.receivedOn(), paused, extension, nation);
        LocalDate firstMonth = calendar.deadline(row.receivedOn(), paused, 0, nation);
        Pause current = Pauses.current(pauses).orElse(null);
        State state;
        if (!row.open()) {
            state = State.CLOSED;
        } else if (current != null) {
            state = State.PAUSED;
        } else if (today.isAfter(due)) {
            state = State.OVERDUE;
        } else if (!due.isAfter(calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS, nation))) {
            state = State.DUE_THIS_WEEK;
        } else {
            state = State.RUNNING;
        }
        return new RequestClock(
                state,
                row.receivedOn(),
                due,
                firstMonth,
                paused,
                current == null ? null : current.reason(),
                current == null ? null : current.pausedOn(),
                row.extensionMonths());
    }

    /** The deadline of a request received today, as the requester is told it. */
    public LocalDate dueIfReceivedToday(Nation nation) {
        return calendar.deadline(today(), 0, 0, nation);
    }
}
