package org.custodia.audit.internal;

/**
 * What a verification found: how many entries it checked (chained and pending), how many are still
 * pending (written but not yet in a sealed batch), and the first entry that does not fit, if any.
 */
public record ChainCheck(
        boolean intact,
        long entriesChecked,
        long pendingEntries,
        long fromSequence,
        Long badEntryId,
        Long badSequence,
        String problem) {

    static ChainCheck intact(long checked, long pending, long from) {
        return new ChainCheck(true, checked, pending, from, null, null, null);
    }

    static ChainCheck broken(long checked, long from, Long entryId, Long sequence, String problem) {
        return new ChainCheck(false, checked, 0, from, entryId, sequence, problem);
    }
}
