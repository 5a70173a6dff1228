package org.breastct.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import javax.imageio.ImageIO;

/**
 * Writes PNG files with the JDK's ImageIO, atomically: the image goes to a hidden temporary file
 * ({@code .<name>.<random>.tmp}) in the target folder, which is then moved over the target
 * (atomic move where the file system supports it, else a plain replace). On failure the temporary
 * file is deleted and an existing target is left as it was.
 */
public final class PngFiles {

    private PngFiles() {
    }

    /**
     * The PNG encoding of {@code image} in memory (for table cells, e.g. KNIME's PNG image cell).
     *
     * @throws IllegalArgumentException if ImageIO has no PNG writer for the image type
     */
    public static byte[] toBytes(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalArgumentException("no PNG writer for image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding in memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code image} as PNG to {@code file}, creating the parent folders.
     *
     * @throws IOException naming the file if ImageIO cannot write the image or the move fails
     */
    public static void write(BufferedImage image, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createFile(dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("cannot write " + target + ": no PNG writer for image type " + image.getType());
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
