package org.breastct.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.breastct.progress.Progress;

/**
 * Where a command talks to the user: normal lines on stdout (silenced by {@code --quiet}), errors on
 * stderr, and progress that is a redrawn bar on a terminal and a plain line per 10 % otherwise.
 * Also the cancellation flag that Ctrl-C sets (see {@link Main}).
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final BooleanSupplier cancelled;
    private boolean quiet;

    Console(PrintStream out, PrintStream err, boolean terminal, BooleanSupplier cancelled) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.cancelled = cancelled;
    }

    static Console system(AtomicBoolean cancelled) {
        return new Console(System.out, System.err, System.console() != null && !"dumb".equals(System.getenv("TERM")),
                cancelled::get);
    }

    void setQuiet(boolean quiet) {
        this.quiet = quiet;
    }

    boolean quiet() {
        return quiet;
    }

    boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    /** A normal line on stdout, unless quiet. */
    void info(String line) {
        if (!quiet) {
            out.println(line);
            out.flush();
        }
    }

    /** A line on stdout even when quiet (results, JSON). */
    void result(String line) {
        out.println(line);
        out.flush();
    }

    /** An error line on stderr (always). */
    void error(String line) {
        err.println(line);
        err.flush();
    }

    /** Progress of one item (e.g. one breast), labelled {@code label}. */
    Bar bar(String label) {
        return new Bar(label);
    }

    /** Engine {@link Progress} drawn as a bar (terminal) or as one line per 10 % (pipe/log). */
    final class Bar implements Progress {

        private static final int WIDTH = 30;
        private final String label;
        private String lastMessage;
        private long lastDraw;
        private boolean drawn;
        private int lastStep = -1;

        Bar(String label) {
            this.label = label;
        }

        @Override
        public synchronized void report(double fraction, String message) {
            if (quiet) {
                return;
            }
            double f = Math.max(0, Math.min(1, fraction));
            if (terminal) {
                long now = System.nanoTime();
                boolean changed = message != null && !message.equals(lastMessage);
                if (!changed && drawn && now - lastDraw < 100_000_000L) {
                    return;
                }
                lastDraw = now;
                if (message != null) {
                    lastMessage = message;
                }
                int filled = (int) Math.round(f * WIDTH);
                String text = String.format(Locale.ROOT, "\r%-24s [%s%s] %3d%% %s", clip(label, 24), "#".repeat(filled),
                        " ".repeat(WIDTH - filled), Math.round(f * 100), clip(lastMessage == null ? "" : lastMessage, 40));
                out.print(text + "\u001b[K");
                out.flush();
                drawn = true;
            } else {
                // plain output (pipe, log file): one line per 10 % step, not one per message
                int step = (int) Math.floor(f * 10);
                if (message != null) {
                    lastMessage = message;
                }
                if (step > lastStep) {
                    lastStep = step;
                    out.println(String.format(Locale.ROOT, "%s: %3d%% %s", label, step * 10,
                            lastMessage == null ? "" : lastMessage));
                    out.flush();
                }
            }
        }

        /** Ends the bar's line (terminal only). */
        synchronized void done(String summary) {
            if (quiet) {
                return;
            }
            if (terminal && drawn) {
                out.print("\r\u001b[K");
            }
            out.println(label + ": " + summary);
            out.flush();
        }

        @Override
        public boolean isCancelled() {
            return cancelled.getAsBoolean();
        }
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}
