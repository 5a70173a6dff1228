package org.breastct.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.breastct.io.FileErrors;
import org.breastct.progress.CancelledException;

/**
 * Entry point of {@code java -jar breastct.jar COMMAND ...}: the authors' batch scripts as commands.
 * Exit codes ({@link #EXIT_CODES}): 0 success, 1 some breast failed (the others are done), 2 usage error (the
 * command line is wrong: unknown option, bad value, missing input folder; no work done), 3 error that
 * stopped the whole command (I/O, out of memory), 130 cancelled (Ctrl-C; a re-run finishes the work).
 */
public final class Main {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int ERROR = 3;
    static final int CANCELLED = 130;

    /** The exit codes as --help and the README list them. */
    static final String EXIT_CODES = """
            exit codes:
              0    success
              1    some breasts failed (each named with its error); the others are done
              2    usage error: the command line is wrong (unknown option, bad value, missing folder); no work done
              3    error that stopped the whole command (e.g. output folder not writable, disk full)
              130  cancelled (Ctrl-C): no partial file is left; a re-run finishes the work""";

    private Main() {
    }

    /** All commands in the order {@code --help} lists them. */
    static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : Commands.all()) {
            m.put(c.name(), c);
        }
        return m;
    }

    public static void main(String[] argv) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // Ctrl-C / kill: ask the running work to stop and give it a moment to remove temporary files.
            cancelled.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "breastct-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        int code;
        try {
            code = run(Arrays.asList(argv), Console.system(cancelled));
        } finally {
            finished.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        System.exit(code);
    }

    /** Runs one command line; returns the exit code. */
    static int run(List<String> argv, Console console) {
        // --verbose (any command): show the libraries' own log lines (see ThirdPartyLogging)
        boolean verbose = argv.contains("--verbose");
        argv = argv.stream().filter(a -> !a.equals("--verbose")).toList();
        ThirdPartyLogging.configure(verbose);
        Map<String, Command> commands = commands();
        if (argv.isEmpty() || argv.get(0).equals("-h") || argv.get(0).equals("--help") || argv.get(0).equals("help")) {
            if (argv.size() >= 2 && commands.containsKey(argv.get(1))) {
                console.result(commands.get(argv.get(1)).help());
                return OK;
            }
            console.result(overview(commands));
            return argv.isEmpty() ? USAGE : OK;
        }
        Command command = commands.get(argv.get(0));
        if (command == null) {
            console.error("breastct: unknown command '" + argv.get(0) + "'");
            console.error(overview(commands));
            return USAGE;
        }
        Args args;
        try {
            args = Args.parse(argv.subList(1, argv.size()), command.valueOptions(), command.flagOptions());
        } catch (UsageException e) {
            console.error("breastct " + command.name() + ": " + e.getMessage());
            console.error(command.help());
            return USAGE;
        }
        if (args.flag("help")) {
            console.result(command.help());
            return OK;
        }
        // --json: stdout carries only the JSON summary
        console.setQuiet(args.flag("quiet") || args.flag("json"));
        try {
            return command.run(args, console);
        } catch (UsageException e) {
            console.error("breastct " + command.name() + ": " + e.getMessage());
            console.error(command.help());
            return USAGE;
        } catch (CancelledException e) {
            console.error("breastct " + command.name() + ": cancelled");
            return CANCELLED;
        } catch (OutOfMemoryError e) {
            console.error("breastct " + command.name() + ": out of memory (maximum heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB); run java with a larger -Xmx, e.g. -Xmx4g");
            return ERROR;
        } catch (Exception e) {
            console.error("breastct " + command.name() + ": " + describe(e));
            return ERROR;
        }
    }

    /**
     * One line: the message, or the exception type where there is none. File-system errors, whose message is
     * often only the path, become "{@code <file>: <cause>}" (permission denied, disk full, a folder where a file
     * is expected, ...); for a failed move of a temporary file, the file is the target.
     */
    static String describe(Throwable e) {
        return FileErrors.describe(e);
    }

    private static String overview(Map<String, Command> commands) {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: java -jar breastct.jar COMMAND [ARGS] [--help]\n\n");
        sb.append("Breast CT segmentation (Shim et al., J Appl Clin Med Phys 2022, doi:10.1002/acm2.13726).\n\n");
        sb.append("commands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\nRun 'java -jar breastct.jar COMMAND --help' for the options of a command; --verbose (any command)"
                + " also prints the DICOM library's own log lines.\n\n");
        sb.append(EXIT_CODES);
        return sb.toString();
    }
}
