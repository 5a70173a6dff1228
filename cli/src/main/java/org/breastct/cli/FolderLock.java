package org.breastct.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.breastct.io.FileErrors;
import org.breastct.progress.CancelledException;

/**
 * One batch command at a time per output folder: {@code .breastct/lock} holds an operating-system file lock
 * while a command writes into the folder, and names the holder ({@code pid}, {@code host}, {@code started},
 * {@code command}). A second command on the same folder says who holds it and waits until it is released (Ctrl-C
 * stops the waiting), then finds the first one's work done. The operating system releases the lock when its
 * holder dies (even by {@code kill -9}), so a lock file left by a dead process is simply taken over, with a note.
 *
 * <p>Whoever holds the lock owns the folder's temporary files, so acquiring it removes those an interrupted run
 * left ({@link #removeStaleTemporaries}). The lock file is deleted on release; a waiter that locked a file deleted
 * meanwhile notices (the path no longer holds its token) and tries again.
 */
final class FolderLock implements AutoCloseable {

    static final String LOCK_FILE = "lock";

    /** How often a waiting command tries again. */
    static final long POLL_MILLIS = 500;

    /** The file a temporary file of this project's writers becomes ({@code .b1.npy.tmp-3f} -> {@code b1.npy}), or null. */
    static Path targetOf(Path temporary) {
        return FileErrors.targetOfTemporary(temporary);
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks output folder {@code out} (which must exist) for {@code command}, waiting while another holds it.
     *
     * @throws CancelledException if the console is cancelled while waiting
     * @throws IOException naming the lock file if it cannot be created
     */
    static FolderLock acquire(Path out, String command, Console console) throws IOException {
        Path dir = out.resolve(BreastRecord.STATE_DIR);
        Files.createDirectories(dir);
        Path file = dir.resolve(LOCK_FILE);
        boolean told = false;
        int blankPolls = 0;
        while (true) {
            String previous = read(file);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                // held by this process (another command run in the same JVM)
            } catch (IOException e) {
                ch.close();
                throw new IOException("cannot lock " + file + ": " + Main.describe(e), e);
            }
            if (lock != null) {
                String token = UUID.randomUUID().toString();
                String holder = "pid=" + ProcessHandle.current().pid() + "\nhost=" + host() + "\nstarted="
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\ncommand=" + command + "\ntoken=" + token
                        + "\n";
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                ch.force(false);
                String now = read(file);
                if (now != null && now.contains("token=" + token)) {
                    if (previous != null && !previous.isBlank() && !told) {
                        console.info(command + ": took over the lock of a run that is no longer running ("
                                + describe(previous) + ")");
                    }
                    FolderLock l = new FolderLock(file, ch, lock);
                    l.removeStaleTemporaries(out, command, console);
                    return l;
                }
                lock.release(); // the file was deleted by its previous holder meanwhile: try again
                ch.close();
                continue;
            }
            ch.close();
            String holderText = read(file);
            // the holder writes its name just after taking the lock: give it a few polls before naming nobody
            boolean named = holderText != null && !holderText.isBlank();
            if (!told && (named || ++blankPolls > 5)) {
                console.error(command + ": " + out + " is in use by " + describe(holderText) + "; waiting until it"
                        + " finishes (Ctrl-C to stop)");
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            if (console.cancelled()) {
                throw new CancelledException();
            }
        }
    }

    /** "breastct run (pid 123 on host, since 2026-...)" from the lock file's text. */
    static String describe(String text) {
        if (text == null || text.isBlank()) {
            return "another breastct command";
        }
        String pid = value(text, "pid");
        String host = value(text, "host");
        String started = value(text, "started");
        String command = value(text, "command");
        return "breastct " + (command == null ? "command" : command) + " (pid " + pid + " on " + host + ", since "
                + started + ")";
    }

    private static String value(String text, String key) {
        for (String line : text.split("\n")) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return "";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    /**
     * Removes the temporary files and folders of this project's writers in {@code out} and its state folder: with
     * the lock held, no other command is writing them, so they are left by an interrupted run. Nothing else is
     * touched.
     */
    void removeStaleTemporaries(Path out, String command, Console console) throws IOException {
        List<String> removed = new ArrayList<>();
        for (Path dir : List.of(out, out.resolve(BreastRecord.STATE_DIR))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    if (targetOf(p) != null) {
                        deleteTree(p);
                        removed.add(p.getFileName().toString());
                    }
                }
            }
        }
        if (!removed.isEmpty()) {
            removed.sort(null);
            console.info(command + ": removed " + removed.size() + " temporary "
                    + (removed.size() == 1 ? "file" : "files") + " left by an interrupted run: "
                    + String.join(", ", removed));
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }

    /** Deletes the lock file and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
