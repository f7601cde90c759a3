package org.custodia.analytics.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What recording a page view adds to a request: 50 clients request a real page (a practitioner's case
 * list, through the whole filter chain) with the recorder paused and then recording, in one JVM, each
 * phase after a warm-up. Run with {@code ./mvnw -Pbench test -Dtest=AnalyticsOverheadBenchmark
 * -Dbench.seconds=S}; writes {@code target/bench/analytics-overhead.md} and {@code .json}.
 */
@CustodiaTest
class AnalyticsOverheadBenchmark {

    static final int CLIENTS = 50;
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 10);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    VisitBuffer buffer;

    record Phase(String name, long requests, double p50, double p99) {}

    @Test
    void recordingOverheadAtFiftyClients() throws Exception {
        TestUser practitioner = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        Authentication signedIn = practitioner.authentication();
        long droppedBefore = buffer.dropped();
        // Both sides warmed up, then measured in alternating rounds so that neither gains from running
        // later (a JIT still compiling, a machine that quietens): the rounds of each side pooled.
        VisitRecorder.pausedForBenchmark = true;
        run(signedIn, WARM_UP_SECONDS);
        VisitRecorder.pausedForBenchmark = false;
        run(signedIn, WARM_UP_SECONDS);
        List<long[]> paused = new ArrayList<>();
        List<long[]> recording = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            VisitRecorder.pausedForBenchmark = true;
            paused.add(run(signedIn, SECONDS));
            VisitRecorder.pausedForBenchmark = false;
            recording.add(run(signedIn, SECONDS));
        }
        Phase without = phase("without recording", pooled(paused));
        Phase with = phase("with recording", pooled(recording));
        buffer.flush();
        write(without, with, buffer.dropped() - droppedBefore);
    }

    private long[] run(Authentication signedIn, int seconds) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            results.add(clients.submit(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < until) {
                    long start = System.nanoTime();
                    mvc.perform(get("/cases").with(authentication(signedIn))).andReturn();
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        clients.shutdown();
        return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private static long[] pooled(List<long[]> rounds) {
        return rounds.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private static Phase phase(String name, long[] sorted) {
        return new Phase(name, sorted.length, millis(sorted, 0.50), millis(sorted, 0.99));
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void write(Phase without, Phase with, long dropped) throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        String md = String.format(
                Locale.ROOT,
                """
                # Usage statistics: recording overhead per request

                %d clients, GET /cases as a practitioner (whole filter chain, MockMvc), %d s measured after %d s of
                warm-up of each side, in %d alternating rounds pooled, one JVM.

                | phase | requests | p50 ms | p99 ms |
                |---|---|---|---|
                | %s | %d | %.3f | %.3f |
                | %s | %d | %.3f | %.3f |
                | added by recording | | %.3f | %.3f |

                Visits dropped because the queue was full: %d.
                """,
                CLIENTS,
                SECONDS,
                WARM_UP_SECONDS,
                ROUNDS,
                without.name(),
                without.requests(),
                without.p50(),
                without.p99(),
                with.name(),
                with.requests(),
                with.p50(),
                with.p99(),
                with.p50() - without.p50(),
                with.p99() - without.p99(),
                dropped);
        Files.writeString(dir.resolve("analytics-overhead.md"), md);
        String json = String.format(
                Locale.ROOT,
                "{\"clients\":%d,\"seconds\":%d,\"without\":{\"requests\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f},"
                        + "\"with\":{\"requests\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f},"
                        + "\"added\":{\"p50_ms\":%.3f,\"p99_ms\":%.3f},\"dropped\":%d}\n",
                CLIENTS,
                SECONDS,
                without.requests(),
                without.p50(),
                without.p99(),
                with.requests(),
                with.p50(),
                with.p99(),
                with.p50() - without.p50(),
                with.p99() - without.p99(),
                dropped);
        Files.writeString(dir.resolve("analytics-overhead.json"), json);
        System.out.print(md);
    }
}
