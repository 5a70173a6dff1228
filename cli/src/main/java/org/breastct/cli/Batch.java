package org.breastct.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, String> errors = new HashMap<>();
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
            return fail(uid, bar, "out of memory (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); run java with a larger -Xmx");
        } catch (Exception e) {
            return fail(uid, bar, Main.describe(e));
        }
    }

    private boolean fail(String uid, Console.Bar bar, String message) {
        bar.done("failed");
        console.error(uid + ": error: " + message);
        failed.add(uid);
        errors.put(uid, message);
        return false;
    }

    /** The one-line error of a failed breast, or null. */
    String error(String uid) {
        return errors.get(uid);
    }

    List<String> failed() {
        return failed;
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
