package org.custodia.analytics.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the request path fast: a request only offers its visit to a bounded queue; when the queue is
 * full the visit is dropped and counted, never waited for. One thread of its own drains the queue
 * every second and writes the counts in one transaction ({@link UsageWriter}).
 */
@Component
public class VisitBuffer {

    private static final Logger log = LoggerFactory.getLogger(VisitBuffer.class);

    private final BlockingQueue<Visit> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final UsageWriter writer;
    private final ScheduledExecutorService thread;

    VisitBuffer(
            UsageWriter writer,
            @Value("${custodia.analytics.queue-size:20000}") int capacity,
            @Value("${custodia.analytics.flush-millis:1000}") long flushMillis) {
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, "usage-statistics-writer");
            daemon.setDaemon(true);
            return daemon;
        });
        thread.scheduleWithFixedDelay(this::flushQuietly, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    void offer(Visit visit) {
        if (!queue.offer(visit)) {
            dropped.incrementAndGet();
        }
    }

    /** Visits lost because the queue was full, since the start: shown on the operator's dashboard. */
    public long dropped() {
        return dropped.get();
    }

    /** Writes what is queued now; tests call it to see their visits without waiting a second. */
    public synchronized void flush() {
        List<Visit> batch = new ArrayList<>();
        queue.drainTo(batch);
        writer.write(batch);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // Statistics are not worth failing anything for; the next flush carries on.
            log.warn("Usage statistics not written", e);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
        flushQuietly();
    }
}
