package org.custodia.audit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a verification starts (entry 1, or the batch holding the entry after the last seal), the links
 * between the batches it covers, and how it splits them into ranges for the workers.
 */
record VerificationScope(int firstBatch, long from, byte[] previous, Long sealSequence) {

    /** From entry 1, or (given the last seal) from the batch holding the entry after it. */
    static VerificationScope of(List<Batch> batches, Long sealSequence, byte[] sealHash) {
        if (sealSequence == null) {
            return new VerificationScope(0, 1, ChainVerifier.GENESIS, null);
        }
        int first = 0;
        while (first < batches.size() && batches.get(first).lastSequence() <= sealSequence) {
            first++;
        }
        return first < batches.size()
                ? new VerificationScope(
                        first,
                        batches.get(first).firstSequence(),
                        batches.get(first).previousHash(),
                        sealSequence)
                : new VerificationScope(first, sealSequence + 1, sealHash, sealSequence);
    }

    /** Batches must follow on from one another (and, walking all, start at entry 1 after nothing). */
    ChainCheck checkLinks(List<Batch> batches, byte[] sealHash) {
        for (int i = firstBatch; i < batches.size(); i++) {
            Batch batch = batches.get(i);
            long expected = i == 0 ? 1 : batches.get(i - 1).lastSequence() + 1;
            byte[] previous =
                    i == 0 ? ChainVerifier.GENESIS : batches.get(i - 1).lastHash();
            if (i == firstBatch
                    && sealSequence != null
                    && batch.firstSequence() == sealSequence + 1
                    && !Arrays.equals(batch.previousHash(), sealHash)) {
                return ChainCheck.broken(
                        0,
                        from,
                        null,
                        batch.firstSequence(),
                        batch.describe() + " does not follow the last seal (the chain was rewritten)");
            }
            if (batch.firstSequence() > expected) {
                return ChainCheck.broken(
                        0,
                        from,
                        null,
                        expected,
                        RangeWalk.missing(expected, batch.firstSequence() - 1)
                                + " in no sealed batch (a batch was deleted)");
            }
            if (batch.firstSequence() < expected) {
                return ChainCheck.broken(
                        0,
                        from,
                        null,
                        batch.firstSequence(),
                        batch.describe() + " overlaps the batch before it (a batch was inserted)");
            }
            if (!Arrays.equals(batch.previousHash(), previous)) {
                return ChainCheck.broken(
                        0,
                        from,
                        null,
                        batch.firstSequence(),
                        batch.describe() + " does not follow the batch before it (the chain was rewritten)");
            }
        }
        return null;
    }

    List<VerificationWorkers.Range> ranges(List<Batch> batches, long rangeEntries) {
        List<VerificationWorkers.Range> ranges = new ArrayList<>();
        long start = from;
        byte[] startHash = previous;
        List<Batch> group = new ArrayList<>();
        for (int i = firstBatch; i < batches.size(); i++) {
            Batch batch = batches.get(i);
            group.add(batch);
            boolean more = i + 1 < batches.size();
            if (more && batch.lastSequence() - start + 1 >= rangeEntries) {
                ranges.add(new VerificationWorkers.Range(start, batch.lastSequence(), startHash, group));
                start = batch.lastSequence() + 1;
                startHash = batch.lastHash();
                group = new ArrayList<>();
            }
        }
        // The last range is open-ended: it also takes entries chained but not yet in a batch.
        ranges.add(new VerificationWorkers.Range(start, Long.MAX_VALUE, startHash, group));
        return ranges;
    }
}
