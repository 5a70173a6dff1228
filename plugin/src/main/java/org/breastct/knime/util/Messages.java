package org.breastct.knime.util;

import java.nio.file.Path;

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

    /**
     * The error message of a file that could not be read, naming it once: {@code File 'shown': cause}. The
     * engine's messages name the file themselves, as a prefix ({@code /d/b1.npy: not an NPY file}, also
     * file-system errors) or after a noun ({@code image /d/b1.npy does not look like ...}); that name
     * ({@code file}, else {@code shown}) is taken out of the cause: {@code File 'shown': not an NPY file},
     * {@code File 'shown': image does not look like ...}.
     *
     * @param shown the file as the user gave it (e.g. a KNIME path)
     * @param file the local file that was read, or null
     */
    public static String fileError(final String shown, final Path file, final Throwable cause) {
        String why = describe(cause);
        for (String name : new String[] {file == null ? null : file.toString(), shown}) {
            if (name == null || name.isEmpty()) {
                continue;
            }
            if (why.startsWith(name + ": ")) {
                why = why.substring(name.length() + 2);
                break;
            }
            int at = why.indexOf(" " + name);
            if (at >= 0) {
                why = why.substring(0, at) + why.substring(at + 1 + name.length());
                break;
            }
        }
        return "File '" + shown + "': " + why;
    }
}
