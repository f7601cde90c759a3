package org.custodia.notices;

import java.time.Instant;

/** A published version of a notice: numbered from 1, dated, and never edited. */
public record NoticeVersion(int number, Instant publishedAt, NoticeContent content) {

    /** The version before this one, if any. */
    public boolean hasPrevious() {
        return number > 1;
    }
}
