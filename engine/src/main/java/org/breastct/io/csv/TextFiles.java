package org.breastct.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.breastct.io.FileErrors;

/** Small text files (CSV tables, records) written so that readers see the old or the new file, never a part. */
public final class TextFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private TextFiles() {
    }

    /**
     * Writes {@code content} as UTF-8 to {@code .<name>.<uuid>.tmp} in the target's folder (created if missing;
     * the file gets the default permissions of the umask) and moves it over {@code file}: atomically where the
     * file system supports it, else a plain replace. On failure the temporary file is deleted and {@code file} is
     * unchanged. An I/O error that names no file (a full disk) is thrown naming {@code file}
     * ({@link FileErrors#naming}).
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createFile(dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        boolean moved = false;
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            } catch (IOException e) {
                throw FileErrors.naming(file, e); // e.g. a full disk, whose error names no file
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
