package org.breastct.cli;

import java.util.ArrayList;
import java.util.List;
import org.breastct.progress.CancelledException;

/**
 * Runs one piece of work per breast: a failing breast gets a one-line error and the others still
 * run; cancellation (Ctrl-C) stops the whole batch. The exit code says whether all succeeded.
 */
final class Batch {

    /** The work for one breast; returns a one-line summary. */
    @FunctionalInterface
    interface Item {
        String run(Console.Bar bar) throws Exception;
    }

    private final Console console;
    private final List<String> failed = new ArrayList<>();
    private int succeeded;

    Batch(Console console) {
        this.console = console;
    }

    /** Runs {@code item} for breast {@code uid}; true if it succeeded. */
    boolean run(String uid, Item item) {
        if (console.cancelled()) {
            throw new CancelledException();
        }
        Console.Bar bar = console.bar(uid);
        try {
            String summary = item.run(bar);
            bar.done(summary);
            succeeded++;
            return true;
        } catch (CancelledException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            bar.done("failed");
            console.error(uid + ": error: out of memory (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); run java with a larger -Xmx");
            failed.add(uid);
            return false;
        } catch (Exception e) {
            bar.done("failed");
            console.error(uid + ": error: " + Main.describe(e));
            failed.add(uid);
            return false;
        }
    }

    List<String> failed() {
        return failed;
    }

    int succeeded() {
        return succeeded;
    }

    /** 0 when nothing failed, 1 otherwise. */
    int exitCode() {
        return failed.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }

    /** "3 done, 1 failed (P004)". */
    String summary(String verb) {
        String s = succeeded + " " + verb;
        if (!failed.isEmpty()) {
            s += ", " + failed.size() + " failed (" + String.join(", ", failed) + ")";
        }
        return s;
    }
}
