package org.breastct.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * I/O errors that name the file they concern, so a one-line message can say which file and why
 * ({@link #describe}: what the CLI prints and the KNIME nodes report).
 */
public final class FileErrors {

    /**
     * The temporary names of this project's writers: {@code .<name>.tmp-<hex>} (npy),
     * {@code .<name>.<uuid>.tmp} (PNG, CSV, records), {@code .<name>.partial-<uuid>} (DICOM series folders being
     * written) and {@code .<name>.old-<uuid>} (a DICOM series being replaced).
     */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\.(.+)\\.(tmp-[0-9a-f]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp"
                    + "|(partial|old)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private FileErrors() {
    }

    /**
     * The file a temporary file of this project's writers becomes ({@code .b1.npy.tmp-3f} -> {@code b1.npy}),
     * or null.
     */
    public static Path targetOfTemporary(Path temporary) {
        var m = TEMPORARY.matcher(temporary.getFileName().toString());
        return m.matches() ? temporary.resolveSibling(m.group(1)) : null;
    }

    /**
     * One line for an error: for a file-system error (also wrapped in an {@link UncheckedIOException}) the
     * file the user knows (the target of a temporary file) and the cause in words ({@code permission denied},
     * {@code disk full (no space left on device)}, {@code a folder is in the way}, ...); otherwise the
     * message, or the exception's simple class name if it has none.
     */
    public static String describe(Throwable e) {
        if (e instanceof FileSystemException f) {
            return describe(f);
        }
        if (e instanceof UncheckedIOException u && u.getCause() instanceof FileSystemException f) {
            return describe(f);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String describe(FileSystemException e) {
        // a failed move of a temporary file onto its target, or its creation: the target is the file the user knows
        String file = e.getOtherFile() != null ? e.getOtherFile() : e.getFile() == null ? "" : e.getFile();
        if (!file.isEmpty() && targetOfTemporary(Path.of(file)) != null) {
            file = targetOfTemporary(Path.of(file)).toString();
        }
        String cause;
        if (e instanceof AccessDeniedException) {
            cause = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            cause = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            cause = "a file is in the way where a folder is expected";
        } else if (e instanceof DirectoryNotEmptyException) {
            cause = "a folder is in the way";
        } else if (e instanceof FileAlreadyExistsException) {
            cause = "already exists";
        } else {
            cause = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
        }
        String lower = cause.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            cause = "disk full (no space left on device)";
        } else if (lower.contains("is a directory")) {
            cause = "a folder is in the way";
        } else if (lower.contains("not a directory")) {
            cause = "a file is in the way where a folder is expected";
        } else if (lower.contains("read-only file system")) {
            cause = "read-only file system";
        } else if (lower.contains("permission denied")) {
            cause = "permission denied";
        } else if (lower.contains("operation not permitted")) {
            cause = "operation not permitted (is the folder read-only or immutable?)";
        }
        return file.isEmpty() ? cause : file + ": " + cause;
    }

    /**
     * {@code e} itself if it is a {@link FileSystemException} (it names its file); else (e.g. "No space left on
     * device" from writing data, which names no file) a {@link FileSystemException} for {@code file} with
     * {@code e}'s message as the reason and {@code e} as the cause.
     */
    public static IOException naming(Path file, IOException e) {
        if (e instanceof FileSystemException) {
            return e;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }
}
