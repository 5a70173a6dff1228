package org.breastct.io.npy;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * The header of a {@code .npy} file: what {@link NpyReader#readHeader(java.nio.file.Path)} returns
 * without touching the array data, e.g. for a table cell or a file listing.
 *
 * @param descr the dtype descriptor exactly as in the file, e.g. {@code <i2} (a supported dtype,
 *     see {@link NpyDtype#fromDescr})
 * @param fortranOrder true if the data is stored in Fortran (column-major) order, first axis fastest
 * @param shape the array shape, outermost axis first, as numpy reports it ({@code (2, 3, 4)} is
 *     {@code {2, 3, 4}}, a 0-d array is {@code {}}); copied in and out
 * @param headerLength bytes before the array data: magic, version, length field and header dict
 *     (a multiple of 64 in files numpy writes)
 * @param version the format major version: 1, 2 or 3 (the minor version is always 0)
 */
public record NpyHeader(String descr, boolean fortranOrder, long[] shape, long headerLength, int version) {

    /**
     * Validates: supported dtype, no negative dimension, element count and byte length fit a long,
     * version 1..3, header length at least the 10 bytes of the version 1.0 prefix.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public NpyHeader {
        Objects.requireNonNull(descr, "descr");
        NpyDtype dtype = NpyDtype.fromDescr(descr);
        shape = Objects.requireNonNull(shape, "shape").clone();
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + shapeString(shape));
            }
            try {
                n = Math.multiplyExact(n, d);
                Math.multiplyExact(n, (long) dtype.itemSize());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("shape " + shapeString(shape) + " has more elements than a file can hold");
            }
        }
        if (version < 1 || version > 3) {
            throw new IllegalArgumentException("unsupported NPY format version " + version + ".0");
        }
        if (headerLength < 10) {
            throw new IllegalArgumentException("header length " + headerLength + " is shorter than the 10-byte prefix");
        }
    }

    /** The shape (a copy). */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The parsed dtype. */
    public NpyDtype dtype() {
        return NpyDtype.fromDescr(descr);
    }

    /** Byte order of the data ({@link NpyDtype#byteOrderOf}). */
    public ByteOrder byteOrder() {
        return NpyDtype.byteOrderOf(descr);
    }

    /** Number of dimensions ({@code shape().length}). */
    public int ndim() {
        return shape.length;
    }

    /** Number of array elements: the product of the shape (1 for a 0-d array). */
    public long elementCount() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** Bytes of array data after the header: {@code elementCount() * itemSize}. */
    public long dataLength() {
        return elementCount() * dtype().itemSize();
    }

    /** The shape as Python writes a tuple: {@code (2, 3, 4)}, {@code (5,)}, {@code ()}. */
    public String shapeString() {
        return shapeString(shape);
    }

    /** E.g. {@code int16 (2, 3, 4), C order, NPY 1.0}. */
    public String describe() {
        return dtype().numpyName() + " " + shapeString() + ", " + (fortranOrder ? "Fortran" : "C") + " order, NPY "
                + version + ".0";
    }

    static String shapeString(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && descr.equals(h.descr) && fortranOrder == h.fortranOrder
                && Arrays.equals(shape, h.shape) && headerLength == h.headerLength && version == h.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(descr, fortranOrder, Arrays.hashCode(shape), headerLength, version);
    }

    @Override
    public String toString() {
        return "NpyHeader[descr=" + descr + ", fortranOrder=" + fortranOrder + ", shape=" + shapeString()
                + ", headerLength=" + headerLength + ", version=" + version + "]";
    }
}
