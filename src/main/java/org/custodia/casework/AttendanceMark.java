package org.custodia.casework;

import java.time.LocalDate;

/** One session's attendance mark. */
public record AttendanceMark(LocalDate date, Session session, AttendanceCode code) {

    public enum Session {
        AM,
        PM
    }
}
