package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void overviewListsEveryCommand() {
        CliTestSupport.Run r = CliTestSupport.run("--help");
        assertEquals(Main.OK, r.code());
        for (String c : new String[] {"dicom2npy", "npy2dicom", "segment", "extract", "run", "demo", "phantom", "bench",
            "compare"}) {
            assertTrue(r.out().contains("  " + c + " "), "overview lacks " + c + ":\n" + r.out());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (Command c : Main.commands().values()) {
            CliTestSupport.Run r = CliTestSupport.run(c.name(), "--help");
            assertEquals(Main.OK, r.code(), c.name());
            assertTrue(r.out().startsWith("usage: breastct " + c.name()), c.name() + ":\n" + r.out());
        }
    }

    @Test
    void noArgumentsAndUnknownCommandsAreUsageErrors() {
        assertEquals(Main.USAGE, CliTestSupport.run().code());
        CliTestSupport.Run r = CliTestSupport.run("segmnet");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("unknown command 'segmnet'"), r.err());
    }

    @Test
    void badOptionPrintsTheCommandsUsage() {
        CliTestSupport.Run r = CliTestSupport.run("segment", "x", "--frobnicate");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("breastct segment: unknown option --frobnicate"), r.err());
        assertTrue(r.err().contains("usage: breastct segment"), r.err());
    }

    @Test
    void missingFolderIsAUsageErrorNamingIt() {
        CliTestSupport.Run r = CliTestSupport.run("segment", "/nonexistent/breasts");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("not a folder: /nonexistent/breasts"), r.err());
    }
}
