package org.breastct.io.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.breastct.volume.VoxelType;

/**
 * Reads numpy {@code .npy} files (format versions 1.0, 2.0 and 3.0, as numpy's
 * {@code numpy.lib.format} defines them) into {@link Volume}s.
 *
 * <p><b>Input.</b> Any dtype of {@link NpyDtype}, little or big endian, C or Fortran order. A volume
 * needs a 3-D array {@code (z, y, x)} ({@link #read}); a single image, such as the authors'
 * {@code cylinder.npy}, a 2-D array {@code (rows, columns)} ({@link #readSlice}), which becomes a
 * volume with {@code nz == 1}. Extra bytes after the data are an error (numpy would ignore them; here
 * they mean the header does not describe the file).
 *
 * <p><b>Conversion.</b> Without an explicit target, bool is read as {@link MaskVolume}, uint8 as
 * {@link ByteVolume} and every other dtype as {@link ShortVolume} (int16), which succeeds only if
 * every value is an integer in -32768..32767. With an explicit target any dtype converts as long as
 * every value is exactly representable: int16 -32768..32767, uint8 0..255, bool only 0 and 1 (bool
 * data itself reads as 0/1, any non-zero byte being True as in numpy). Floats must be whole numbers;
 * NaN and infinities never convert. The first value that does not convert stops the read with a
 * {@link NpyFormatException} naming the file, the value and its numpy index.
 *
 * <p><b>Memory and time.</b> The data streams through one fixed buffer (at most 1 MiB and 2^18
 * elements, plus a decode scratch of 8 bytes per element when converting) straight into the target
 * array; there is never a second full copy. Fortran order is transposed on the fly by writing each
 * element at its C-order position (scattered stores: several times slower than C order). O(n) time,
 * O(n) memory for the result only. Cancellation is
 * checked and progress reported once per buffer.
 *
 * <p><b>Metadata.</b> The volume id is the file name without {@code .npy}; spacing is
 * {@link Spacing#UNIT} unless the caller passes one (NPY has no spacing).
 */
public final class NpyReader {

    /** Size of the streaming buffer. */
    static final int DEFAULT_BUFFER_BYTES = 1 << 20;

    /** At most this many elements per buffer, which bounds the decode scratch (8 bytes per element). */
    static final int MAX_CHUNK_ELEMENTS = 1 << 18;

    /** Largest header accepted (numpy itself refuses more than 10 000 characters by default). */
    static final int MAX_HEADER_BYTES = 16 << 20;

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private static final Set<String> EXPECTED_KEYS = Set.of("descr", "fortran_order", "shape");

    private NpyReader() {
    }

    /**
     * Reads only the header: dtype, order, shape, header length and version. Reads at most the
     * header bytes; does not check that the data is complete.
     *
     * @throws NpyFormatException if the file is not an NPY file (bad magic), has an unsupported
     *     version or dtype, or its header is not a valid dict with exactly the keys {@code descr},
     *     {@code fortran_order} and {@code shape}
     * @throws IOException if the file cannot be opened or read
     */
    public static NpyHeader readHeader(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHeader(file, ch);
        }
    }

    /**
     * Reads a 3-D array as a volume of its natural type (bool: {@link MaskVolume}, uint8:
     * {@link ByteVolume}, others: {@link ShortVolume} if every value fits int16), unit spacing.
     *
     * @throws NpyFormatException if the file is malformed, not 3-D, or a value does not convert
     */
    public static Volume read(Path file) throws IOException {
        return read(file, null, Spacing.UNIT, Progress.NONE);
    }

    /**
     * Reads a 3-D array as a volume of type {@code target} (see the class comment for what
     * converts), unit spacing.
     *
     * @throws NpyFormatException if the file is malformed, not 3-D, or a value does not convert
     */
    public static Volume read(Path file, VoxelType target) throws IOException {
        return read(file, target, Spacing.UNIT, Progress.NONE);
    }

    /**
     * Reads a 3-D array {@code (z, y, x)} as a volume.
     *
     * @param target the voxel type of the result; {@code null} for the natural type of the dtype
     *     ({@link NpyDtype#naturalVoxelType()})
     * @param spacing the spacing to attach (NPY stores none)
     * @param progress reports the fraction read; cancellation is checked once per buffer
     * @return a {@link ShortVolume}, {@link ByteVolume} or {@link MaskVolume} with id
     *     {@link #idOf(Path) idOf(file)}
     * @throws NpyFormatException if the file is malformed, truncated, longer than its shape, not
     *     3-D, or a value does not convert exactly
     * @throws org.breastct.progress.CancelledException if {@code progress} cancels
     */
    public static Volume read(Path file, VoxelType target, Spacing spacing, Progress progress) throws IOException {
        return read(file, target, spacing, progress, false, DEFAULT_BUFFER_BYTES);
    }

    /**
     * Reads a 2-D array {@code (rows, columns)} as a volume with {@code nz == 1} of its natural type,
     * unit spacing.
     *
     * @throws NpyFormatException if the file is malformed, not 2-D, or a value does not convert
     */
    public static Volume readSlice(Path file) throws IOException {
        return readSlice(file, null, Spacing.UNIT, Progress.NONE);
    }

    /**
     * Reads a 2-D array {@code (rows, columns)} as a volume with {@code nz == 1}.
     *
     * @param target the voxel type of the result; {@code null} for the natural type of the dtype
     * @param spacing the spacing to attach
     * @param progress reports the fraction read; cancellation is checked once per buffer
     * @throws NpyFormatException if the file is malformed, not 2-D, or a value does not convert
     */
    public static Volume readSlice(Path file, VoxelType target, Spacing spacing, Progress progress)
            throws IOException {
        return read(file, target, spacing, progress, true, DEFAULT_BUFFER_BYTES);
    }

    /**
     * Reads a 2-D mask such as the authors' {@code cylinder.npy} (bool, rows x columns) as a
     * {@link MaskVolume} with {@code nz == 1}. Integer or float data is accepted if every value is 0
     * or 1.
     *
     * @throws NpyFormatException if the file is malformed, not 2-D, or holds a value other than 0/1
     */
    public static MaskVolume readMask2d(Path file) throws IOException {
        return (MaskVolume) readSlice(file, VoxelType.BOOL, Spacing.UNIT, Progress.NONE);
    }

    /** The volume id for a file: its name without a trailing {@code .npy} (any case). */
    public static String idOf(Path file) {
        Path name = file.getFileName();
        String s = name == null ? file.toString() : name.toString();
        if (s.length() > 4 && s.regionMatches(true, s.length() - 4, ".npy", 0, 4)) {
            return s.substring(0, s.length() - 4);
        }
        return s;
    }

    /** The full read; {@code slice} selects 2-D instead of 3-D, {@code bufferBytes} the buffer size. */
    static Volume read(Path file, VoxelType target, Spacing spacing, Progress progress, boolean slice,
            int bufferBytes) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(spacing, "spacing");
        Objects.requireNonNull(progress, "progress");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader h = readHeader(file, ch);
            Dims dims = dimsOf(file, h, slice);
            VoxelType type = target != null ? target : h.dtype().naturalVoxelType();
            long available = ch.size() - h.headerLength();
            if (available < h.dataLength()) {
                throw truncated(file, h, available);
            }
            if (available > h.dataLength()) {
                throw new NpyFormatException(file, "shape mismatch: shape " + h.shapeString() + " of "
                        + h.dtype().numpyName() + " needs " + h.dataLength() + " bytes of data after the "
                        + h.headerLength() + "-byte header, but the file has " + available);
            }
            String id = idOf(file);
            Volume v = switch (type) {
                case INT16 -> new ShortVolume(id, dims, spacing, new short[dims.size()]);
                case UINT8 -> new ByteVolume(id, dims, spacing, new byte[dims.size()]);
                case BOOL -> new MaskVolume(id, dims, spacing, new boolean[dims.size()]);
            };
            new Decoder(file, h, v, bufferBytes).run(ch, progress);
            return v;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // header

    static NpyHeader readHeader(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer prefix = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        readAvailable(ch, prefix, 0);
        int got = prefix.position();
        boolean magicOk = got >= MAGIC.length;
        for (int i = 0; magicOk && i < MAGIC.length; i++) {
            magicOk = prefix.get(i) == MAGIC[i];
        }
        if (!magicOk) {
            throw new NpyFormatException(file, "not an NPY file: it does not start with the magic string \\x93NUMPY"
                    + " (first bytes: " + hex(prefix, Math.min(got, 8)) + ")");
        }
        if (got < 8) {
            throw new NpyFormatException(file, "truncated header: the file ends after " + got + " bytes, inside the"
                    + " format version");
        }
        int major = prefix.get(6) & 0xFF;
        int minor = prefix.get(7) & 0xFF;
        if (major < 1 || major > 3 || minor != 0) {
            throw new NpyFormatException(file, "unsupported NPY format version " + major + "." + minor
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        int prefixLength = 8 + lengthBytes;
        if (got < prefixLength) {
            throw new NpyFormatException(file, "truncated header: the file ends after " + got
                    + " bytes, inside the header length field");
        }
        long headerBytes = major == 1 ? prefix.getShort(8) & 0xFFFF : prefix.getInt(8) & 0xFFFFFFFFL;
        if (headerBytes > MAX_HEADER_BYTES) {
            throw new NpyFormatException(file, "header length " + headerBytes + " is larger than the "
                    + MAX_HEADER_BYTES + " bytes accepted");
        }
        if (prefixLength + headerBytes > size) {
            throw new NpyFormatException(file, "truncated header: the header length field says " + headerBytes
                    + " bytes, but only " + (size - prefixLength) + " bytes follow it");
        }
        ByteBuffer hb = ByteBuffer.allocate((int) headerBytes);
        readAvailable(ch, hb, prefixLength);
        if (hb.hasRemaining()) {
            throw new NpyFormatException(file, "truncated header: expected " + headerBytes + " header bytes, read "
                    + hb.position());
        }
        hb.flip();
        String text;
        if (major == 3) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(hb).toString();
            } catch (CharacterCodingException e) {
                throw new NpyFormatException(file, "header of an NPY 3.0 file is not valid UTF-8");
            }
        } else {
            text = StandardCharsets.ISO_8859_1.decode(hb).toString();
        }
        return parseHeader(file, text, major, prefixLength + headerBytes);
    }

    /** Parses and validates the header dict text of a file of format {@code version}. */
    static NpyHeader parseHeader(Path file, String text, int version, long headerLength) throws NpyFormatException {
        Object parsed;
        try {
            parsed = PyLiteral.parse(text, version <= 2);
        } catch (PyLiteral.SyntaxError e) {
            throw new NpyFormatException(file, "header is not a valid Python dict literal: " + e.getMessage()
                    + " in " + quote(text));
        }
        if (!(parsed instanceof Map<?, ?> dict)) {
            throw new NpyFormatException(file, "header is not a dict: " + quote(text));
        }
        if (!dict.keySet().equals(EXPECTED_KEYS)) {
            Set<String> keys = new TreeSet<>();
            for (Object k : dict.keySet()) {
                keys.add("'" + k + "'");
            }
            throw new NpyFormatException(file, "header dict must have exactly the keys 'descr', 'fortran_order'"
                    + " and 'shape', but has " + keys);
        }
        Object descr = dict.get("descr");
        if (descr instanceof List<?>) {
            throw new NpyFormatException(file, "unsupported dtype: structured dtype " + PyLiteral.repr(descr)
                    + " (only plain numeric and bool arrays are supported)");
        }
        if (!(descr instanceof String d)) {
            throw new NpyFormatException(file, "header 'descr' is not a string: " + PyLiteral.repr(descr));
        }
        Object fortran = dict.get("fortran_order");
        if (!(fortran instanceof Boolean f)) {
            throw new NpyFormatException(file, "header 'fortran_order' is not True or False: " + PyLiteral.repr(fortran));
        }
        Object shapeValue = dict.get("shape");
        if (!(shapeValue instanceof PyLiteral.Tuple tuple)) {
            throw new NpyFormatException(file, "header 'shape' is not a tuple of integers: " + PyLiteral.repr(shapeValue));
        }
        long[] shape = new long[tuple.items().size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(tuple.items().get(i) instanceof Long n)) {
                throw new NpyFormatException(file, "header 'shape' is not a tuple of integers: " + PyLiteral.repr(tuple));
            }
            if (n < 0) {
                throw new NpyFormatException(file, "header 'shape' has a negative dimension: " + PyLiteral.repr(tuple));
            }
            shape[i] = n;
        }
        try {
            NpyDtype.fromDescr(d);
        } catch (IllegalArgumentException e) {
            throw new NpyFormatException(file, e.getMessage());
        }
        try {
            return new NpyHeader(d, f, shape, headerLength, version);
        } catch (IllegalArgumentException e) {
            throw new NpyFormatException(file, e.getMessage());
        }
    }

    private static Dims dimsOf(Path file, NpyHeader h, boolean slice) throws NpyFormatException {
        long[] s = h.shape();
        int wanted = slice ? 2 : 3;
        if (s.length != wanted) {
            throw new NpyFormatException(file, (slice ? "expected a 2-D array (rows, columns)"
                    : "expected a 3-D array (z, y, x)") + " but the file holds a " + s.length + "-D array of shape "
                    + h.shapeString());
        }
        long nz = slice ? 1 : s[0];
        long ny = s[wanted - 2];
        long nx = s[wanted - 1];
        if (nz > Integer.MAX_VALUE || ny > Integer.MAX_VALUE || nx > Integer.MAX_VALUE
                || h.elementCount() > Dims.MAX_VOXELS) {
            throw new NpyFormatException(file, "shape " + h.shapeString() + " has " + h.elementCount()
                    + " elements, more than the " + Dims.MAX_VOXELS + " a volume can hold");
        }
        return new Dims((int) nz, (int) ny, (int) nx);
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /** Reads from {@code position} until {@code buf} is full or the file ends. */
    private static void readAvailable(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, pos);
            if (r < 0) {
                return;
            }
            pos += r;
        }
    }

    private static NpyFormatException truncated(Path file, NpyHeader h, long available) {
        return new NpyFormatException(file, "truncated data: shape " + h.shapeString() + " of "
                + h.dtype().numpyName() + " needs " + h.dataLength() + " bytes after the " + h.headerLength()
                + "-byte header, but the file has only " + Math.max(0, available));
    }

    private static String hex(ByteBuffer b, int n) {
        if (n == 0) {
            return "none, the file is empty";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", b.get(i) & 0xFF));
        }
        return sb.toString();
    }

    private static String quote(String text) {
        String t = text.strip();
        if (t.length() > 200) {
            t = t.substring(0, 200) + "...";
        }
        return "\"" + t.replace("\n", "\\n") + "\"";
    }

    // ---------------------------------------------------------------------------------------------
    // data

    /**
     * Streams the data of one file into the array of a volume: a buffer of whole elements at a time,
     * decoded to long (with the exactness check for floats), range-checked for the target and
     * stored at the C-order position (computed incrementally for Fortran order).
     */
    private static final class Decoder {
        private final Path file;
        private final NpyHeader header;
        private final long[] shape;
        private final NpyDtype dtype;
        private final VoxelType target;
        private final boolean fortran;
        private final int nz;
        private final int ny;
        private final int nx;
        private final int n;
        private final int chunk;
        private final short[] shorts;
        private final byte[] bytes;
        private final boolean[] bools;
        /** Fortran cursor: the (z, y, x) of the next element in file order; z runs fastest. */
        private int fz;
        private int fy;
        private int fx;

        Decoder(Path file, NpyHeader header, Volume v, int bufferBytes) {
            this.file = file;
            this.header = header;
            this.shape = header.shape();
            this.dtype = header.dtype();
            this.target = v.type();
            this.fortran = header.fortranOrder();
            this.nz = v.dims().nz();
            this.ny = v.dims().ny();
            this.nx = v.dims().nx();
            this.n = v.dims().size();
            this.chunk = Math.max(1, Math.min(MAX_CHUNK_ELEMENTS, bufferBytes / dtype.itemSize()));
            this.shorts = v instanceof ShortVolume s ? s.data() : null;
            this.bytes = v instanceof ByteVolume b ? b.data() : null;
            this.bools = v instanceof MaskVolume m ? m.data() : null;
        }

        /** Reads and converts all elements, one buffer at a time. */
        void run(FileChannel ch, Progress progress) throws IOException {
            int item = dtype.itemSize();
            ByteBuffer buf = ByteBuffer.allocate(Math.min(chunk, Math.max(n, 1)) * item).order(header.byteOrder());
            boolean bulk = !fortran && (dtype == NpyDtype.INT16 && target == VoxelType.INT16
                    || dtype == NpyDtype.UINT8 && target == VoxelType.UINT8
                    || dtype == NpyDtype.BOOL && target == VoxelType.BOOL);
            long[] values = bulk ? null : new long[Math.min(chunk, n)];
            int[] dest = fortran ? new int[Math.min(chunk, n)] : null;
            long position = header.headerLength();
            int done = 0;
            while (done < n) {
                progress.checkCancelled();
                int count = Math.min(chunk, n - done);
                buf.clear().limit(count * item);
                readAvailable(ch, buf, position);
                if (buf.hasRemaining()) {
                    throw truncated(file, header, position + buf.position() - header.headerLength());
                }
                buf.flip();
                if (bulk) {
                    copyBulk(buf, count, done);
                } else {
                    decode(buf, values, count, done);
                    if (dest != null) {
                        fillFortranDestinations(dest, count);
                    }
                    store(values, dest, count, done);
                }
                done += count;
                position += (long) count * item;
                progress.report((double) done / n, null);
            }
            if (n == 0) {
                progress.report(1.0, null);
            }
        }

        /** Same type, C order: no per-value checks beyond bool normalisation. */
        private void copyBulk(ByteBuffer buf, int count, int first) {
            switch (target) {
                case INT16 -> buf.asShortBuffer().get(shorts, first, count);
                case UINT8 -> buf.get(bytes, first, count);
                case BOOL -> {
                    for (int i = 0; i < count; i++) {
                        bools[first + i] = buf.get(i) != 0;
                    }
                }
            }
        }

        /** Decodes {@code count} elements of the buffer into {@code out}; element 0 is file element {@code first}. */
        private void decode(ByteBuffer buf, long[] out, int count, int first) throws NpyFormatException {
            switch (dtype) {
                case BOOL -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = buf.get(i) != 0 ? 1 : 0;
                    }
                }
                case INT8 -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = buf.get(i);
                    }
                }
                case UINT8 -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = buf.get(i) & 0xFF;
                    }
                }
                case INT16 -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = buf.getShort(i << 1);
                    }
                }
                case UINT16 -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = buf.getShort(i << 1) & 0xFFFF;
                    }
                }
                case INT32 -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = buf.getInt(i << 2);
                    }
                }
                case UINT32 -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = buf.getInt(i << 2) & 0xFFFFFFFFL;
                    }
                }
                case INT64 -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = buf.getLong(i << 3);
                    }
                }
                case FLOAT32 -> {
                    for (int i = 0; i < count; i++) {
                        float f = buf.getFloat(i << 2);
                        if (f != Math.rint(f) || Math.abs(f) >= 0x1p62f) {
                            throw notExact(Float.toString(f), f != Math.rint(f), first + i);
                        }
                        out[i] = (long) f;
                    }
                }
                case FLOAT64 -> {
                    for (int i = 0; i < count; i++) {
                        double d = buf.getDouble(i << 3);
                        if (d != Math.rint(d) || Math.abs(d) >= 0x1p62) {
                            throw notExact(Double.toString(d), d != Math.rint(d), first + i);
                        }
                        out[i] = (long) d;
                    }
                }
            }
        }

        /** C-order positions of the next {@code count} elements of a Fortran-order file. */
        private void fillFortranDestinations(int[] dest, int count) {
            int z = fz;
            int y = fy;
            int x = fx;
            for (int i = 0; i < count; i++) {
                dest[i] = (z * ny + y) * nx + x;
                if (++z == nz) {
                    z = 0;
                    if (++y == ny) {
                        y = 0;
                        x++;
                    }
                }
            }
            fz = z;
            fy = y;
            fx = x;
        }

        /** Range-checks and stores; {@code dest == null} means C order (position = file element). */
        private void store(long[] values, int[] dest, int count, int first) throws NpyFormatException {
            switch (target) {
                case INT16 -> {
                    for (int i = 0; i < count; i++) {
                        long v = values[i];
                        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                            throw doesNotFit(v, first + i);
                        }
                        shorts[dest == null ? first + i : dest[i]] = (short) v;
                    }
                }
                case UINT8 -> {
                    for (int i = 0; i < count; i++) {
                        long v = values[i];
                        if (v < 0 || v > 255) {
                            throw doesNotFit(v, first + i);
                        }
                        bytes[dest == null ? first + i : dest[i]] = (byte) v;
                    }
                }
                case BOOL -> {
                    for (int i = 0; i < count; i++) {
                        long v = values[i];
                        if (v != 0 && v != 1) {
                            throw doesNotFit(v, first + i);
                        }
                        bools[dest == null ? first + i : dest[i]] = v == 1;
                    }
                }
            }
        }

        private NpyFormatException doesNotFit(long value, long element) {
            String range = switch (target) {
                case INT16 -> "int16 (-32768..32767)";
                case UINT8 -> "uint8 (0..255)";
                case BOOL -> "bool (only 0 and 1 convert)";
            };
            return new NpyFormatException(file, dtype.numpyName() + " value " + value + " at index "
                    + indexOf(element) + " does not fit " + range + "; refusing a lossy conversion");
        }

        private NpyFormatException notExact(String value, boolean fractional, long element) {
            if (fractional) {
                return new NpyFormatException(file, dtype.numpyName() + " value " + value + " at index "
                        + indexOf(element) + " is not a whole number; refusing a lossy conversion to "
                        + target.numpyName());
            }
            return new NpyFormatException(file, dtype.numpyName() + " value " + value + " at index "
                    + indexOf(element) + " does not fit " + target.numpyName() + "; refusing a lossy conversion");
        }

        /** The numpy index {@code [i0, i1, ...]} of the element at position {@code element} in file order. */
        private String indexOf(long element) {
            long[] idx = new long[shape.length];
            long k = element;
            if (fortran) {
                for (int a = 0; a < shape.length; a++) {
                    idx[a] = k % shape[a];
                    k /= shape[a];
                }
            } else {
                for (int a = shape.length - 1; a >= 0; a--) {
                    idx[a] = k % shape[a];
                    k /= shape[a];
                }
            }
            List<Long> list = new ArrayList<>(idx.length);
            for (long i : idx) {
                list.add(i);
            }
            return list.toString();
        }
    }
}
