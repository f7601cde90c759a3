package org.custodia.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the heap in use while something runs. Plain sampling sees garbage not yet collected too;
 * with {@code collecting}, each sample follows a full GC, so the peak is what the work keeps alive.
 */
final class HeapSampler {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread = new Thread(this::sample, "heap-sampler");
    private final boolean collecting;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler(boolean collecting) {
        this.collecting = collecting;
    }

    void start() {
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling; returns the highest heap use seen, in bytes. */
    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return peak;
    }

    private void sample() {
        while (running) {
            if (collecting) {
                memory.gc();
            }
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(collecting ? 250 : 5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
