package org.breastct.io.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.breastct.io.FileErrors;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Volume;

/**
 * Writes volumes as numpy {@code .npy} files, byte for byte as numpy 1.24's {@code np.save} writes
 * the same array.
 *
 * <p><b>Output.</b> The volume's own dtype: {@link ShortVolume} as {@code '<i2'}, {@link ByteVolume}
 * as {@code '|u1'}, {@link MaskVolume} as {@code '|b1'} (bytes 0/1); C order; shape
 * {@code (nz, ny, nx)} ({@link #write}) or {@code (ny, nx)} for a single image ({@link #write2d}).
 * Format version 1.0, or 2.0 if the header would exceed 65535 bytes. The header is the dict numpy
 * writes, e.g. {@code {'descr': '<i2', 'fortran_order': False, 'shape': (2, 3, 4), }}, followed by
 * numpy's spare spaces for growing the first axis, space padding and a newline, so that the data
 * starts at a multiple of 64 bytes. Spacing and id are not stored (NPY has no place for them).
 *
 * <p><b>Atomicity.</b> The data goes to a temporary file {@code .<name>.tmp-<random>} in the target
 * folder, which is forced to disk, closed and moved onto the target ({@code ATOMIC_MOVE}, falling
 * back to {@code REPLACE_EXISTING} where the file system cannot). An existing target is replaced.
 * On any failure or cancellation the temporary file is deleted and the target is left as it was:
 * there is never a partial {@code .npy}. The target folder must exist.
 *
 * <p><b>Memory and time.</b> Streams through one fixed buffer (1 MiB); O(n) time, O(1) extra memory.
 * Cancellation is checked and progress reported once per buffer.
 */
public final class NpyWriter {

    /** Size of the streaming buffer. */
    static final int DEFAULT_BUFFER_BYTES = 1 << 20;

    /** numpy's {@code ARRAY_ALIGN}: the data starts at a multiple of this. */
    static final int ARRAY_ALIGN = 64;

    /** numpy's {@code GROWTH_AXIS_MAX_DIGITS}: spare spaces so the growth axis can be rewritten in place. */
    static final int GROWTH_AXIS_MAX_DIGITS = 21;

    private NpyWriter() {
    }

    /**
     * Writes a volume as a 3-D array of shape {@code (nz, ny, nx)}, atomically (see the class comment).
     *
     * @param file the target; its folder must exist; replaced if it exists
     * @param volume the volume; its dtype decides the descriptor
     * @param progress reports the fraction written; cancellation is checked once per buffer
     * @throws IOException if writing or moving fails (the target is then unchanged)
     * @throws org.breastct.progress.CancelledException if {@code progress} cancels (the target is
     *     then unchanged and no temporary file remains)
     */
    public static void write(Path file, Volume volume, Progress progress) throws IOException {
        Objects.requireNonNull(volume, "volume");
        long[] shape = {volume.dims().nz(), volume.dims().ny(), volume.dims().nx()};
        write(file, volume, shape, progress, DEFAULT_BUFFER_BYTES);
    }

    /** {@link #write(Path, Volume, Progress)} without progress or cancellation. */
    public static void write(Path file, Volume volume) throws IOException {
        write(file, volume, Progress.NONE);
    }

    /**
     * Writes a single image (a volume with {@code nz == 1}) as a 2-D array of shape {@code (ny, nx)},
     * e.g. {@code cylinder.npy}; otherwise as {@link #write(Path, Volume, Progress)}.
     *
     * @throws IllegalArgumentException if {@code slice} has more than one slice (naming its id and dims)
     */
    public static void write2d(Path file, Volume slice, Progress progress) throws IOException {
        Objects.requireNonNull(slice, "slice");
        if (slice.dims().nz() != 1) {
            throw new IllegalArgumentException("cannot write " + slice.id() + " (" + slice.dims()
                    + ") as a 2-D array to " + file + ": it has " + slice.dims().nz() + " slices, not 1");
        }
        long[] shape = {slice.dims().ny(), slice.dims().nx()};
        write(file, slice, shape, progress, DEFAULT_BUFFER_BYTES);
    }

    /** {@link #write2d(Path, Volume, Progress)} without progress or cancellation. */
    public static void write2d(Path file, Volume slice) throws IOException {
        write2d(file, slice, Progress.NONE);
    }

    /** The write with an explicit shape (product = voxel count) and buffer size. */
    static void write(Path file, Volume volume, long[] shape, Progress progress, int bufferBytes) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        if (count != volume.dims().size()) {
            throw new IllegalArgumentException("shape " + NpyHeader.shapeString(shape) + " does not match "
                    + volume.id() + " (" + volume.dims() + ")");
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        String name = target.getFileName().toString();
        Path tmp = dir.resolve("." + name + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        byte[] header = header(NpyDtype.descrOf(volume.type()), false, shape);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeFully(ch, ByteBuffer.wrap(header));
                writeData(ch, volume, progress, bufferBytes);
                ch.force(true);
            } catch (IOException e) {
                throw FileErrors.naming(target, e); // e.g. a full disk, whose error names no file
            }
            progress.checkCancelled();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void writeData(FileChannel ch, Volume volume, Progress progress, int bufferBytes)
            throws IOException {
        int item = volume.type().bytesPerVoxel();
        int n = volume.dims().size();
        int chunk = Math.max(1, bufferBytes / item);
        ByteBuffer buf = ByteBuffer.allocate(Math.max(1, Math.min(chunk, n)) * item).order(ByteOrder.LITTLE_ENDIAN);
        int done = 0;
        while (done < n) {
            progress.checkCancelled();
            int count = Math.min(chunk, n - done);
            buf.clear();
            fill(buf, volume, done, count);
            buf.flip();
            writeFully(ch, buf);
            done += count;
            progress.report((double) done / n, null);
        }
        if (n == 0) {
            progress.report(1.0, null);
        }
    }

    private static void fill(ByteBuffer buf, Volume volume, int first, int count) {
        if (volume instanceof ShortVolume s) {
            buf.asShortBuffer().put(s.data(), first, count);
            buf.position(count * 2);
        } else if (volume instanceof ByteVolume b) {
            buf.put(b.data(), first, count);
        } else {
            boolean[] m = ((MaskVolume) volume).data();
            for (int i = 0; i < count; i++) {
                buf.put(i, m[first + i] ? (byte) 1 : (byte) 0);
            }
            buf.position(count);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /**
     * The bytes before the data, exactly as numpy 1.24 {@code _write_array_header} makes them: magic,
     * version, little-endian header length (2 bytes in 1.0, 4 in 2.0), the dict with keys sorted,
     * {@code GROWTH_AXIS_MAX_DIGITS - len(repr(growth axis))} spaces, then {@code 1..64} spaces of
     * padding and {@code '\n'} so the total is a multiple of {@link #ARRAY_ALIGN}. Version 1.0 unless
     * the header needs more than 65535 bytes.
     */
    static byte[] header(String descr, boolean fortranOrder, long[] shape) {
        StringBuilder sb = new StringBuilder();
        sb.append("{'descr': '").append(descr).append("', 'fortran_order': ").append(fortranOrder ? "True" : "False")
                .append(", 'shape': ").append(NpyHeader.shapeString(shape)).append(", }");
        if (shape.length > 0) {
            long growth = shape[fortranOrder ? shape.length - 1 : 0];
            sb.append(" ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - Long.toString(growth).length())));
        }
        byte[] dict = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        int hlen = dict.length + 1; // + '\n'
        int version = 1;
        int lengthBytes = 2;
        int padlen = ARRAY_ALIGN - ((NpyReader.MAGIC.length + 2 + lengthBytes + hlen) % ARRAY_ALIGN);
        if (hlen + padlen > 0xFFFF) {
            version = 2;
            lengthBytes = 4;
            padlen = ARRAY_ALIGN - ((NpyReader.MAGIC.length + 2 + lengthBytes + hlen) % ARRAY_ALIGN);
        }
        int prefix = NpyReader.MAGIC.length + 2 + lengthBytes;
        ByteBuffer out = ByteBuffer.allocate(prefix + hlen + padlen).order(ByteOrder.LITTLE_ENDIAN);
        out.put(NpyReader.MAGIC).put((byte) version).put((byte) 0);
        if (version == 1) {
            out.putShort((short) (hlen + padlen));
        } else {
            out.putInt(hlen + padlen);
        }
        out.put(dict);
        for (int i = 0; i < padlen; i++) {
            out.put((byte) ' ');
        }
        out.put((byte) '\n');
        return out.array();
    }
}
