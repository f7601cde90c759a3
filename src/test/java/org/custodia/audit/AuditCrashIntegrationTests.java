package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A crash between an entry's commit and its chaining loses nothing: Custodia writes entries (some
 * chained, the rest pending) in a JVM of its own, which is then killed with SIGKILL, and so is its
 * PostgreSQL; started again on the same data, it chains the pending entries and the trail verifies.
 */
class AuditCrashIntegrationTests {

    @Test
    void entriesPendingWhenTheApplicationAndPostgresqlAreKilledAreChainedAfterARestart() throws Exception {
        Path data = Path.of("target", "crash-test-" + UUID.randomUUID()).toAbsolutePath();
        try {
            Process writer = child("write", data.toString());
            String written = awaitLine(writer, "WRITTEN ");
            writer.destroyForcibly(); // SIGKILL: no shutdown hook runs, nothing is flushed or closed
            writer.waitFor(60, TimeUnit.SECONDS);
            killPostgres(data);

            Process verifier = child("verify", data.toString(), written.substring("WRITTEN ".length()));
            String verified = awaitLine(verifier, "VERIFIED ");
            verifier.waitFor(120, TimeUnit.SECONDS);

            assertThat(verified)
                    .contains("pendingBefore=" + AuditCrashChild.PENDING, "chained=" + AuditCrashChild.PENDING)
                    .contains("intact=true", "checked=" + (AuditCrashChild.CHAINED + AuditCrashChild.PENDING))
                    .contains("pending=0");
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /** Kills the embedded server's postmaster with SIGKILL and waits until it is gone. */
    private static void killPostgres(Path data) throws Exception {
        List<String> pidFile = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
        ProcessHandle postmaster = ProcessHandle.of(
                        Long.parseLong(pidFile.get(0).trim()))
                .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        List<ProcessHandle> backends = new ArrayList<>(postmaster.children().toList());
        postmaster.destroyForcibly();
        postmaster.onExit().get(60, TimeUnit.SECONDS);
        // Backends leave on their own once the postmaster is gone; a restart must not find them.
        for (ProcessHandle backend : backends) {
            backend.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    private static Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Dpdfbox.fontcache=" + Path.of("target").toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                AuditCrashChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The child's first line starting so, read while the rest of its output is drained. */
    private static String awaitLine(Process process, String prefix) throws Exception {
        BlockingQueue<String> found = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith(prefix)) {
                        found.add(line);
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
            found.add("(ended without " + prefix.trim() + ")");
        });
        reader.setDaemon(true);
        reader.start();
        String line = found.poll(5, TimeUnit.MINUTES);
        assertThat(line).as("the child's output").isNotNull().startsWith(prefix);
        return line;
    }
}
