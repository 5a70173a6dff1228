package org.breastct.render;

/**
 * Grey-level mapping of the scripts' PNGs, reproduced bit for bit: {@code Image_extraction.py}
 * writes them with matplotlib 3.x {@code imsave(..., cmap='gray', vmin=low, vmax=high)}.
 *
 * <p>For an integer value {@code v} and an integer window {@code [low, high]} ({@code low < high}):
 * <ol>
 * <li>{@code t = float32(v - low) / float32(high - low)} in single precision (matplotlib's
 * {@code Normalize} promotes int16 and uint8 data to float32);</li>
 * <li>{@code x = 256 t} (float32); index {@code i = 255} if {@code x >= 256}, {@code i = 0} if
 * {@code x < 0}, else {@code i = (int) x} (truncation; the colormap's 256-entry table, with
 * "under" = first and "over" = last entry);</li>
 * <li>grey = {@code (int) ((i * (1.0 / 255)) * 255)}: the gray colormap's table in float64 converted
 * to bytes by truncation, which equals {@code i} except at 24 indices (33, 37, ..., 244) where it
 * is {@code i - 1}.</li>
 * </ol>
 * So the grey level is about {@code 256 t} truncated, not {@code 255 t} rounded; the difference to
 * a plain linear ramp is at most 1 grey level. Label images use the window [0, 6]: labels 0..6 give
 * 0, 42, 85, 128, 170, 213, 255, labels above 6 give 255. Tested against a fixture generated with
 * matplotlib 3.6.3.
 */
public final class GreyMapping {

    /** Number of entries of matplotlib's default colormap table. */
    private static final int N = 256;

    /** Window of the label grey ramp (scripts: {@code vmin=0, vmax=6}). */
    public static final int LABEL_LOW = 0;
    public static final int LABEL_HIGH = 6;

    private GreyMapping() {
    }

    /** Grey level 0..255 of {@code value} in the window [low, high]. */
    public static int grey(int value, int low, int high) {
        checkWindow(low, high);
        return table(index(value, low, high));
    }

    /** Grey level of a label code: the ramp 0..6 -> black..white. */
    public static int labelGrey(int code) {
        return grey(code, LABEL_LOW, LABEL_HIGH);
    }

    /**
     * Lookup table for int16 data: entry {@code v + 32768} is the grey level (as a byte) of HU
     * {@code v}. 64 KiB; built in O(65536).
     */
    public static byte[] shortTable(int low, int high) {
        checkWindow(low, high);
        byte[] lut = new byte[1 << 16];
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
            lut[v - Short.MIN_VALUE] = (byte) table(index(v, low, high));
        }
        return lut;
    }

    /** Lookup table for uint8 data: entry {@code v} is the grey level (as a byte) of value {@code v}. */
    public static byte[] byteTable(int low, int high) {
        checkWindow(low, high);
        byte[] lut = new byte[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (byte) table(index(v, low, high));
        }
        return lut;
    }

    static void checkWindow(int low, int high) {
        if (low >= high) {
            throw new IllegalArgumentException("grey window [" + low + ", " + high + "]: low must be below high");
        }
    }

    /** Colormap table index of {@code value}, matplotlib's Colormap.__call__ on float32 data. */
    static int index(int value, int low, int high) {
        float t = (float) ((long) value - low) / (float) ((long) high - low);
        float x = t * N;
        if (x >= N) {
            return N - 1;
        }
        if (x < 0) {
            return 0;
        }
        return (int) x;
    }

    /** Byte of entry {@code i} of matplotlib's gray colormap. */
    static int table(int i) {
        return (int) ((i * (1.0 / (N - 1))) * (N - 1));
    }
}
