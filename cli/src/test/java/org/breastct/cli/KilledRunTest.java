package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code breastct run} process killed with SIGKILL in the middle of a batch (no shutdown hook, no clean-up):
 * the next run takes over its lock, removes its temporary files and finishes every breast completely.
 */
class KilledRunTest {

    @TempDir
    Path dir;

    private void phantoms() {
        for (String[] b : new String[][] {{"b1", "3"}, {"b2", "4"}, {"b3", "5"}}) {
            CliTestSupport.Run r = CliTestSupport.run("phantom", dir.toString(), "--name", b[0], "--shape",
                    "30,128,128", "--seed", b[1], "--threads", "1", "--quiet");
            assertEquals(Main.OK, r.code(), r.err());
        }
    }

    /** Starts {@code breastct run} on {@link #dir} in its own JVM and returns it once b1 is complete. */
    private Process startRunAndWaitForTheFirstBreast() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                dir.toString(), "--threads", "1", "--quiet").redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile()).start();
        // stop it once the first breast is complete, while the next one is under way
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(dir.resolve("segmentation_b1.npy")) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the run was still working when stopped: " + Files.readString(dir.resolve(
                "killed.log")));
        assertTrue(Files.exists(dir.resolve(".breastct").resolve("lock")), "it held the lock");
        return p;
    }

    @Test
    void aRunStoppedWithSigtermCleansUp() throws Exception {
        phantoms();
        Process p = startRunAndWaitForTheFirstBreast();
        p.destroy(); // SIGTERM, as kill does: the shutdown hook cancels the work
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(143, p.exitValue(), "ended by SIGTERM");
        assertFalse(Files.exists(dir.resolve(".breastct").resolve("lock")), "the lock is released");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(".breastct")).toList(), "temporary files left");
        }
        CliTestSupport.Run r = CliTestSupport.run("run", dir.toString(), "--threads", "1", "--json");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(4, Files.readAllLines(dir.resolve("Segmentation_time.csv")).size(), "one time row per breast");
    }

    @Test
    void aRunKilledWithSigkillIsFinishedByTheNextRun() throws Exception {
        phantoms();
        Process p = startRunAndWaitForTheFirstBreast();
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        assertTrue(Files.exists(dir.resolve(".breastct").resolve("lock")), "a killed run leaves its lock file");

        CliTestSupport.Run r = CliTestSupport.run("run", dir.toString(), "--threads", "1", "--json");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.err().isEmpty(), r.err());
        for (String uid : List.of("b1", "b2", "b3")) {
            assertTrue(Files.isRegularFile(dir.resolve("segmentation_" + uid + ".npy")), uid);
            assertTrue(r.out().contains("{\"uid\":\"" + uid + "\""), r.out());
        }
        assertEquals(4, Files.readAllLines(dir.resolve("Segmentation_time.csv")).size(), "one time row per breast");
        assertEquals(4, Files.readAllLines(dir.resolve("Glandularity.csv")).size(), "one row per breast");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(".breastct")).toList(), "temporary files left");
        }
        assertFalse(Files.exists(dir.resolve(".breastct").resolve("lock")));
    }
}
