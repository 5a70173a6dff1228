package org.breastct.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/** Runs command lines in-process and captures what they print. */
final class CliTestSupport {

    /** Result of one command line. */
    record Run(int code, String out, String err) {
    }

    private CliTestSupport() {
    }

    static Run run(String... argv) {
        return run(() -> false, argv);
    }

    /** Runs with a cancellation flag the engine polls (e.g. one that turns true after N polls). */
    static Run run(BooleanSupplier cancelled, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, cancelled);
        int code = Main.run(Arrays.asList(argv), console);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
