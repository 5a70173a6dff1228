package org.breastct.knime.util;

import org.breastct.io.FileErrors;

/** Texts of progress and error messages (plain Java, unit-tested). */
public final class Messages {

    private Messages() {
    }

    /** {@code "prefix: message"}, just one of them if the other is null/empty, null if both are. */
    public static String progressMessage(final String prefix, final String message) {
        boolean p = prefix != null && !prefix.isEmpty();
        boolean m = message != null && !message.isEmpty();
        if (p && m) {
            return prefix + ": " + message;
        }
        return p ? prefix : m ? message : null;
    }

    /**
     * The error message of a failed row: {@code Row 'id': cause}. The cause is the exception's
     * message, or its class name if it has none.
     */
    public static String rowError(final String rowId, final Throwable cause) {
        return "Row '" + rowId + "': " + describe(cause);
    }

    /**
     * An exception in one line, as the CLI says it ({@link FileErrors#describe}): for a file-system error
     * the file and the cause in words ({@code /out/b1.npy: permission denied}), else the message, or the
     * simple class name if the message is empty.
     */
    public static String describe(final Throwable t) {
        return t == null ? "unknown error" : FileErrors.describe(t);
    }
}
