package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code bench} on a small phantom: it runs (in a fresh JVM, or in-process) and prints its figures
 * (their values are not tested).
 */
class BenchCommandTest {

    @Test
    void printsOneJsonObjectPerRunAndTheCancelLatency() {
        CliTestSupport.Run r = CliTestSupport.run("bench", "--shape", "40,128,128", "--repeat", "2", "--json",
                "--cancel-latency", "4", "--threads", "2");
        assertEquals(Main.OK, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length, r.out());
        for (int run = 1; run <= 2; run++) {
            String line = lines[run - 1];
            assertTrue(line.startsWith("{\"run\":" + run + ",\"shape\":[40,128,128],\"voxels\":655360,"), line);
            assertTrue(line.matches(".*\"wall_s\":[0-9.]+,\"cpu_s\":[0-9.]+,.*"), line);
            assertTrue(line.contains("\"muscle\":true"), line);
        }
        Matcher m = Pattern.compile("cancel latency over (\\d+) cancels spread over a [0-9.]+ s run: largest "
                + "([0-9.]+) s, median ([0-9.]+) s").matcher(lines[2]);
        assertTrue(m.find(), lines[2]);
        assertTrue(Integer.parseInt(m.group(1)) <= 4, lines[2]);
        assertTrue(Double.parseDouble(m.group(3)) <= Double.parseDouble(m.group(2)), lines[2]);
    }

    @Test
    void printsEachRunAndAColdAndWarmTableRowFromAFreshJvm() {
        CliTestSupport.Run r = CliTestSupport.run("bench", "--shape", "40,128,128", "--repeat", "3", "--threads", "2");
        assertEquals(Main.OK, r.code(), r.err());
        for (int run = 1; run <= 3; run++) {
            assertTrue(r.out().contains("run " + run + ": fold "), r.out());
        }
        assertTrue(r.out().contains("cold (run 1, fresh JVM)"), r.out());
        assertTrue(r.out().contains("warm (best of runs 2..3)"), r.out());
        // the JVM the figures come from: this test's JVM's version and options
        String options = String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        assertTrue(r.out().startsWith("benchmark JVMs: Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, options: "
                + (options.isEmpty() ? "none" : options) + "\n"), r.out());
        Matcher row = Pattern.compile("(?m)^40x128x128 +0\\.7 M  [0-9.]+ s \\([0-9.]+ us/vx, CPU [0-9.]+ s\\) +"
                + "[0-9.]+ s \\([0-9.]+ us/vx, CPU [0-9.]+ s\\) +cold [0-9]+x, warm [0-9]+x$").matcher(r.out());
        assertTrue(row.find(), r.out());
    }

    @Test
    void inProcessRunsInThisJvm() {
        CliTestSupport.Run r = CliTestSupport.run("bench", "--in-process", "--shape", "40,128,128", "--repeat", "1",
                "--json", "--threads", "1");
        assertEquals(Main.OK, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length, r.out());
        assertTrue(lines[0].startsWith("{\"run\":1,\"shape\":[40,128,128],"), lines[0]);
    }

    @Test
    void cancelLatencyMustBeANumber() {
        CliTestSupport.Run r = CliTestSupport.run("bench", "--cancel-latency", "many");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("cancel-latency"), r.err());
    }
}
