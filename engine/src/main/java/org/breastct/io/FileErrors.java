package org.breastct.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** I/O errors that name the file they concern, so a one-line message can say which file and why. */
public final class FileErrors {

    private FileErrors() {
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
