package org.breastct.validation;

/**
 * Dice overlap of one label between two label volumes: {@code 2 |A and B| / (|A| + |B|)} with A, B the
 * voxels holding the code in each volume. NaN when neither volume holds it (no overlap to measure).
 */
public final class Dice {

    private Dice() {
    }

    /**
     * @throws IllegalArgumentException if the volumes differ in length
     */
    public static double of(byte[] a, byte[] b, int code) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("label volumes of " + a.length + " and " + b.length + " voxels");
        }
        byte c = (byte) code;
        long na = 0;
        long nb = 0;
        long both = 0;
        for (int i = 0; i < a.length; i++) {
            boolean x = a[i] == c;
            boolean y = b[i] == c;
            na += x ? 1 : 0;
            nb += y ? 1 : 0;
            both += x && y ? 1 : 0;
        }
        return na + nb == 0 ? Double.NaN : 2.0 * both / (na + nb);
    }

    /**
     * The segmented glandularity {@code Seg_G = count(2) / count(1 or 2)} (docs/method.md 3) of a label
     * volume; NaN without tissue.
     */
    public static double glandularity(byte[] labels) {
        long glands = 0;
        long tissue = 0;
        for (byte l : labels) {
            glands += l == 2 ? 1 : 0;
            tissue += l == 1 || l == 2 ? 1 : 0;
        }
        return tissue == 0 ? Double.NaN : glands / (double) tissue;
    }
}
