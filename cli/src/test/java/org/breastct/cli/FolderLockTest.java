package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two commands on one output folder: the second waits for the first, no work is done twice, nothing fails. */
class FolderLockTest {

    @TempDir
    Path dir;

    private void phantom(String name, String seed) {
        CliTestSupport.Run r = CliTestSupport.run("phantom", dir.toString(), "--name", name, "--shape", "30,128,128",
                "--seed", seed, "--threads", "1", "--quiet");
        assertEquals(Main.OK, r.code(), r.err());
    }

    @Test
    void twoRunsAtOnceDoEachBreastOnceAndBothSucceed() throws Exception {
        phantom("b1", "3");
        phantom("b2", "4");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The runs must overlap however fast the machine is: run A starts run B at the first cancellation
            // poll at which A holds the folder lock (the lock file names its holder), and goes on only once B
            // has said that it waits (or after a minute, when the assertions below say what happened).
            ByteArrayOutputStream bErr = new ByteArrayOutputStream();
            AtomicReference<Future<CliTestSupport.Run>> b = new AtomicReference<>();
            Path lock = dir.resolve(".breastct").resolve("lock");
            BooleanSupplier startBWhileAHoldsTheLock = () -> {
                if (b.get() == null && holderNamed(lock)) {
                    b.set(pool.submit(() -> runWithErr(bErr, "run", dir.toString(), "--threads", "1")));
                    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                    while (!bErr.toString(StandardCharsets.UTF_8).contains(" is in use by ")
                            && System.nanoTime() < until) {
                        sleep(5);
                    }
                }
                return false;
            };
            Future<CliTestSupport.Run> a = pool.submit(() -> CliTestSupport.run(startBWhileAHoldsTheLock, "run",
                    dir.toString(), "--threads", "1"));
            CliTestSupport.Run ra = a.get(5, TimeUnit.MINUTES);
            assertTrue(b.get() != null, "run A never polled for cancellation while holding the lock: " + ra.err());
            CliTestSupport.Run rb = b.get().get(5, TimeUnit.MINUTES);
            assertEquals(Main.OK, ra.code(), ra.err());
            assertEquals(Main.OK, rb.code(), rb.err());
            String all = ra.out() + rb.out();
            for (String uid : List.of("b1", "b2")) {
                long segmented = all.lines().filter(l -> l.startsWith(uid + ": segmented")).count();
                assertEquals(1, segmented, uid + " segmented once:\n" + all);
                long already = all.lines().filter(l -> l.startsWith(uid + ": already done")).count();
                assertEquals(1, already, uid + " found done by the other run:\n" + all);
            }
            String err = ra.err() + rb.err();
            assertTrue(err.contains("is in use by breastct run (pid " + ProcessHandle.current().pid()), err);
            assertEquals(3, Files.readAllLines(dir.resolve("Segmentation_time.csv")).size());
            assertFalse(Files.exists(dir.resolve(".breastct").resolve("lock")), "the lock is released");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether the lock file exists and names a holder (written just after the lock was taken). */
    private static boolean holderNamed(Path lock) {
        try {
            return Files.exists(lock) && !Files.readString(lock).isBlank();
        } catch (java.io.IOException e) {
            return false; // released and deleted meanwhile
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@link CliTestSupport#run} with the error stream written to {@code err} as it comes. */
    private static CliTestSupport.Run runWithErr(ByteArrayOutputStream err, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, () -> false);
        int code = Main.run(List.of(argv), console);
        return new CliTestSupport.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theWaitingCommandNamesTheHolderAndStartsWhenItIsReleased() throws Exception {
        phantom("b1", "3");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, () -> false);
        Console quiet = new Console(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), false, () -> false);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> waiting;
            try (FolderLock held = FolderLock.acquire(dir, "segment", quiet)) {
                String text = Files.readString(dir.resolve(".breastct").resolve("lock"));
                assertTrue(text.contains("pid=" + ProcessHandle.current().pid()) && text.contains("host=")
                        && text.contains("started=") && text.contains("command=segment"), text);
                waiting = pool.submit(() -> Main.run(List.of("run", dir.toString(), "--threads", "1"), console));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!err.toString(StandardCharsets.UTF_8).contains("is in use") && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                String e = err.toString(StandardCharsets.UTF_8);
                assertTrue(e.contains(dir + " is in use by breastct segment (pid " + ProcessHandle.current().pid()
                        + " on ") && e.contains("waiting"), e);
                Thread.sleep(3 * FolderLock.POLL_MILLIS);
                assertFalse(waiting.isDone(), "still waiting");
                assertFalse(Files.exists(dir.resolve("segmentation_b1.npy")), "no work while the folder is held");
            }
            assertEquals(Main.OK, waiting.get(5, TimeUnit.MINUTES), err.toString(StandardCharsets.UTF_8));
            assertTrue(Files.isRegularFile(dir.resolve("segmentation_b1.npy")));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockLeftByADeadProcessIsTakenOver() throws Exception {
        phantom("b1", "3");
        Files.createDirectories(dir.resolve(".breastct"));
        // what a kill -9 leaves: the file, but no operating-system lock
        Files.writeString(dir.resolve(".breastct").resolve("lock"),
                "pid=999999999\nhost=somewhere\nstarted=2026-01-01T00:00:00Z\ncommand=run\ntoken=x\n");
        CliTestSupport.Run r = CliTestSupport.run("segment", dir.toString(), "--threads", "1");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("took over the lock of a run that is no longer running (breastct run (pid "
                + "999999999 on somewhere, since 2026-01-01T00:00:00Z))"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("segmentation_b1.npy")));
        assertFalse(Files.exists(dir.resolve(".breastct").resolve("lock")));
    }
}
