package org.breastct.io.npy;

import java.nio.ByteOrder;
import org.breastct.volume.VoxelType;

/**
 * The numpy dtypes this package reads, with their item size and the {@link VoxelType} a file of that
 * dtype is read as by default ({@link #naturalVoxelType()}).
 *
 * <p>A dtype descriptor ({@code descr} in the NPY header) is a byte-order character followed by a
 * kind and an item size, as {@code numpy.dtype.str} writes it: {@code '<i2'}, {@code '>f8'},
 * {@code '|u1'}, {@code '|b1'}. Byte order {@code '<'} is little endian, {@code '>'} big endian,
 * {@code '|'} (not applicable) and {@code '='} (native) mean the byte order of this machine, as
 * numpy reads them; for one-byte types the byte order is irrelevant. {@code '?'} alone is accepted
 * as bool. Everything else (complex, float16, uint64, strings, objects, structured dtypes) is
 * unsupported.
 */
public enum NpyDtype {
    /** numpy {@code bool} ({@code b1}); any non-zero byte is True, as in numpy. */
    BOOL("bool", 'b', 1),
    /** numpy {@code int8}. */
    INT8("int8", 'i', 1),
    /** numpy {@code uint8}. */
    UINT8("uint8", 'u', 1),
    /** numpy {@code int16}. */
    INT16("int16", 'i', 2),
    /** numpy {@code uint16}. */
    UINT16("uint16", 'u', 2),
    /** numpy {@code int32}. */
    INT32("int32", 'i', 4),
    /** numpy {@code uint32}. */
    UINT32("uint32", 'u', 4),
    /** numpy {@code int64}. */
    INT64("int64", 'i', 8),
    /** numpy {@code float32}. */
    FLOAT32("float32", 'f', 4),
    /** numpy {@code float64}. */
    FLOAT64("float64", 'f', 8);

    private final String numpyName;
    private final char kind;
    private final int itemSize;

    NpyDtype(String numpyName, char kind, int itemSize) {
        this.numpyName = numpyName;
        this.kind = kind;
        this.itemSize = itemSize;
    }

    /** The numpy name, e.g. {@code int16}. */
    public String numpyName() {
        return numpyName;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /**
     * The voxel type a file of this dtype is read as when the caller names none: bool as
     * {@link VoxelType#BOOL}, uint8 as {@link VoxelType#UINT8}, everything else as
     * {@link VoxelType#INT16} (which fails unless every value fits int16 exactly).
     */
    public VoxelType naturalVoxelType() {
        return switch (this) {
            case BOOL -> VoxelType.BOOL;
            case UINT8 -> VoxelType.UINT8;
            default -> VoxelType.INT16;
        };
    }

    /**
     * The descriptor the writer uses for a voxel type, exactly as numpy writes it:
     * {@code '<i2'}, {@code '|u1'}, {@code '|b1'}.
     */
    public static String descrOf(VoxelType type) {
        return switch (type) {
            case INT16 -> "<i2";
            case UINT8 -> "|u1";
            case BOOL -> "|b1";
        };
    }

    /**
     * Parses a descriptor such as {@code '<i2'} (without quotes).
     *
     * @throws IllegalArgumentException naming the descriptor if it is not one of the supported dtypes
     */
    public static NpyDtype fromDescr(String descr) {
        String body = stripOrder(descr);
        if (body.equals("?")) {
            return BOOL;
        }
        if (body.length() == 2) {
            char k = body.charAt(0);
            int size = body.charAt(1) - '0';
            for (NpyDtype t : values()) {
                if (t.kind == k && t.itemSize == size) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unsupported dtype '" + descr + "'" + explain(body)
                + " (supported: bool, int8, uint8, int16, uint16, int32, uint32, int64, float32, float64)");
    }

    /**
     * Byte order of the data under a descriptor: {@code '>'} big endian, {@code '<'} little endian,
     * {@code '|'}, {@code '='} or none: this machine's order (as numpy reads them).
     */
    public static ByteOrder byteOrderOf(String descr) {
        if (!descr.isEmpty() && descr.charAt(0) == '>') {
            return ByteOrder.BIG_ENDIAN;
        }
        if (!descr.isEmpty() && descr.charAt(0) == '<') {
            return ByteOrder.LITTLE_ENDIAN;
        }
        return ByteOrder.nativeOrder();
    }

    private static String stripOrder(String descr) {
        if (!descr.isEmpty() && "<>|=".indexOf(descr.charAt(0)) >= 0) {
            return descr.substring(1);
        }
        return descr;
    }

    private static String explain(String body) {
        if (body.isEmpty()) {
            return "";
        }
        return switch (body.charAt(0)) {
            case 'c' -> " (complex)";
            case 'f' -> body.equals("f2") ? " (float16)" : " (float of unsupported size)";
            case 'u' -> body.equals("u8") ? " (uint64)" : "";
            case 'U', 'S', 'a' -> " (string)";
            case 'O' -> " (Python objects)";
            case 'V' -> " (raw bytes / void)";
            case 'M', 'm' -> " (datetime / timedelta)";
            default -> "";
        };
    }
}
