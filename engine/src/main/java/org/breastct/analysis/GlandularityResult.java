package org.breastct.analysis;

import java.util.Arrays;
import java.util.Objects;

import org.breastct.segmentation.LabelCode;
import org.breastct.volume.Spacing;

/**
 * Glandularity of one breast (docs/method.md section 3) and the tissue volumes a researcher reports
 * next to it. Immutable; made by {@link GlandularityAnalysis}.
 *
 * <ul>
 * <li>{@link #huG()}: HU_G = G(mean HU over tissue), G of {@link GlandularityCalibration#g}; tissue
 * is label 1 (fat) or 2 (glands).</li>
 * <li>{@link #segG()}: Seg_G = voxels(glands) / voxels(tissue).</li>
 * <li>Both are NaN when the segmentation has no tissue voxel (Python's {@code np.mean} of an empty
 * selection and {@code 0/0} give nan, too).</li>
 * <li>Per label value 0..255: voxel count, volume in ml (count x {@link Spacing#voxelMillilitres()})
 * and mean HU (NaN for a label with no voxel).</li>
 * <li>{@link #skinFoldVoxels()}: the skin fold. The method keeps fold voxels as tissue in the label volume
 * (docs/method.md 2.2) and returns the fold as its own volume, so the fold is counted from that volume when the
 * analysis was given it ({@link #withFoldVoxels}), else from label 6 (written with the fold-label option).</li>
 * </ul>
 */
public final class GlandularityResult {

    /** Number of distinct uint8 label values. */
    public static final int LABEL_VALUES = 256;

    private final String id;
    private final Spacing spacing;
    private final long[] voxels;
    private final long[] huSums;
    private final long foldVoxels;

    /**
     * @param id breast id (uid)
     * @param spacing voxel spacing used for volumes in ml
     * @param voxels voxel count per label value, length 256 (copied)
     * @param huSums sum of HU per label value, length 256 (copied)
     */
    public GlandularityResult(String id, Spacing spacing, long[] voxels, long[] huSums) {
        this(id, spacing, voxels, huSums, -1);
    }

    private GlandularityResult(String id, Spacing spacing, long[] voxels, long[] huSums, long foldVoxels) {
        this.foldVoxels = foldVoxels;
        this.id = Objects.requireNonNull(id, "id");
        this.spacing = Objects.requireNonNull(spacing, "spacing");
        if (voxels.length != LABEL_VALUES || huSums.length != LABEL_VALUES) {
            throw new IllegalArgumentException("glandularity of '" + id + "': per-label arrays must have "
                    + LABEL_VALUES + " entries, got " + voxels.length + " and " + huSums.length);
        }
        this.voxels = voxels.clone();
        this.huSums = huSums.clone();
    }

    /** Breast id (uid). */
    public String id() {
        return id;
    }

    /** Voxel spacing the volumes in ml are computed from. */
    public Spacing spacing() {
        return spacing;
    }

    /** HU_G: G(mean HU of fat and glands); NaN without tissue. */
    public double huG() {
        return GlandularityCalibration.g(meanHuTissue());
    }

    /** Seg_G: glands voxels / (fat + glands voxels); NaN without tissue. */
    public double segG() {
        long tissue = tissueVoxels();
        return tissue == 0 ? Double.NaN : (double) voxels[LabelCode.GLANDS] / tissue;
    }

    /** Number of voxels with label value {@code code} (0..255; 0 for any other value). */
    public long voxels(int code) {
        return code >= 0 && code < LABEL_VALUES ? voxels[code] : 0;
    }

    /** Volume of label {@code code} in millilitres. */
    public double millilitres(int code) {
        return voxels(code) * spacing.voxelMillilitres();
    }

    /** Mean HU of the voxels with label {@code code}; NaN if there is none. */
    public double meanHu(int code) {
        long n = voxels(code);
        return n == 0 ? Double.NaN : (double) huSums[code] / n;
    }

    /** Sum of HU over the voxels with label {@code code} (exact). */
    public long huSum(int code) {
        return code >= 0 && code < LABEL_VALUES ? huSums[code] : 0;
    }

    /** This result with the voxel count of the separate fold volume (0: no fold). */
    public GlandularityResult withFoldVoxels(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("glandularity of '" + id + "': negative fold voxel count " + count);
        }
        return new GlandularityResult(id, spacing, voxels, huSums, count);
    }

    /** Voxels of the skin fold: of the fold volume if given ({@link #withFoldVoxels}), else of label 6. */
    public long skinFoldVoxels() {
        return foldVoxels >= 0 ? foldVoxels : voxels[LabelCode.SKIN_FOLD];
    }

    /** {@link #skinFoldVoxels()} in ml. */
    public double skinFoldMillilitres() {
        return skinFoldVoxels() * spacing.voxelMillilitres();
    }

    /** Fat + glands voxels (the "tissue" of docs/method.md 2.6 / 3). */
    public long tissueVoxels() {
        return voxels[LabelCode.FAT] + voxels[LabelCode.GLANDS];
    }

    /** Breast volume = fat + glands, in ml. */
    public double breastMillilitres() {
        return tissueVoxels() * spacing.voxelMillilitres();
    }

    /** Mean HU over fat and glands; NaN without tissue. */
    public double meanHuTissue() {
        long n = tissueVoxels();
        return n == 0 ? Double.NaN : (double) (huSums[LabelCode.FAT] + huSums[LabelCode.GLANDS]) / n;
    }

    /** Mean HU of fat (label 1); NaN if none. */
    public double meanHuFat() {
        return meanHu(LabelCode.FAT);
    }

    /** Mean HU of glands (label 2); NaN if none. */
    public double meanHuGlands() {
        return meanHu(LabelCode.GLANDS);
    }

    /** Total number of voxels of the segmentation. */
    public long totalVoxels() {
        long n = 0;
        for (long v : voxels) {
            n += v;
        }
        return n;
    }

    /** Label values that occur at least once, ascending. */
    public int[] presentCodes() {
        int k = 0;
        int[] out = new int[LABEL_VALUES];
        for (int c = 0; c < LABEL_VALUES; c++) {
            if (voxels[c] > 0) {
                out[k++] = c;
            }
        }
        return Arrays.copyOf(out, k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlandularityResult r && id.equals(r.id) && spacing.equals(r.spacing)
                && Arrays.equals(voxels, r.voxels) && Arrays.equals(huSums, r.huSums) && foldVoxels == r.foldVoxels;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, spacing, Arrays.hashCode(voxels), Arrays.hashCode(huSums), foldVoxels);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: HU_G %.4f, Seg_G %.4f, breast %.2f ml", id, huG(), segG(),
                breastMillilitres());
    }
}
