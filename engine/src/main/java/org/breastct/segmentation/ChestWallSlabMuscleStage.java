package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.GaussianFilter;
import org.breastct.imaging.LabelOps;
import org.breastct.imaging.MaskOps;
import org.breastct.imaging.Morphology;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;

/**
 * Robust mode R2 (docs/method.md, "Robust mode"), muscle = the dense slab at the chest wall; replaces 2.5 with
 * {@link SegmentationMethod#ROBUST} (2.4 runs unchanged before it). Writes 4 into the label volume.
 *
 * <ol>
 * <li><b>Slab</b>: {@code ok = breast AND mask not in {5, 7}}; {@code slab = ok AND NOT (mask == 3 AND z > 0)}
 * (skin, after R1, is excluded except on slice 0).</li>
 * <li><b>Dense core</b>: {@code sm} = 3-D Gaussian of the image, sigma 1 voxel, border 'nearest'
 * ({@link GaussianFilter#smooth(short[], Dims, double, GaussianFilter.Border, TaskExecutor)});
 * {@code core} = union of the 6-connected 3-D components of {@code sm > -5 AND slab} that have at least
 * 100 voxels in slice 0 (-5 HU is 2.5's seed threshold {@link MuscleSettings#smoothHu()}, 100
 * its slice rule {@link MuscleSettings#minSliceVoxels()}). None: no muscle (a note says so).</li>
 * <li><b>Partial-volume shell</b>, twice: {@code core = dilate 3 (core) AND img > -100 AND slab} (3x3x3
 * cube, outside the array background; -100 HU is the muscle threshold {@link Thresholds#muscleHu()}).</li>
 * <li>{@code mask[core] = 4}. 2.6 and 2.7 follow as before.</li>
 * </ol>
 */
final class ChestWallSlabMuscleStage {

    /** R2: sigma of the Gaussian, in voxels. */
    public static final double SIGMA = 1;
    /** R2: the 3x3x3 cube of the shell dilation. */
    public static final int SHELL_DILATION = 3;
    /** R2: the shell dilation is applied twice. */
    public static final int SHELL_STEPS = 2;

    /**
     * @param found        muscle voxels were written
     * @param components   dense components kept (with at least 100 voxels in slice 0)
     * @param muscleVoxels voxels set to 4
     * @param notes        human-readable remarks
     */
    record Result(boolean found, int components, long muscleVoxels, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    ChestWallSlabMuscleStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image    the HU image
     * @param breast   from {@link BreastMaskStage}
     * @param labels   label volume after 2.4, modified in place
     * @param progress cancelled between sub-steps
     */
    Result run(ShortVolume image, boolean[] breast, byte[] labels, Progress progress) {
        Dims dims = image.dims();
        short[] img = image.data();
        List<String> notes = new ArrayList<>();
        boolean[] slab = slab(breast, labels, dims);
        progress.checkCancelled();
        DenseCore dense = denseCore(img, slab, dims, notes);
        progress.report(0.6, "robust muscle: dense core");
        progress.checkCancelled();
        if (dense == null) {
            return new Result(false, 0, 0, notes);
        }
        boolean[] core = dense.core();
        for (int step = 0; step < SHELL_STEPS; step++) {
            core = growIntoShell(core, img, slab, dims);
            progress.checkCancelled();
        }
        long written = LabelOps.write(labels, core, LabelCode.MUSCLE, executor);
        progress.report(1, "robust muscle: " + written + " voxels");
        notes.add("robust muscle (R2): " + dense.components() + " dense component(s) at the chest wall, " + written
                + " muscle voxels");
        return new Result(written > 0, dense.components(), written, notes);
    }

    /** The dense core and the number of components it unites. */
    private record DenseCore(boolean[] core, int components) {
    }

    /** {@code breast AND mask not in {5, 7} AND NOT (mask == 3 AND z > 0)}. */
    boolean[] slab(boolean[] breast, byte[] labels, Dims dims) {
        boolean[] slab = breast.clone();
        LabelOps.clearWhere(slab, labels, LabelCode.RIB, 0, executor);
        LabelOps.clearWhere(slab, labels, LabelCode.IMPLANT, 0, executor);
        return LabelOps.clearWhere(slab, labels, LabelCode.SKIN, dims.sliceSize(), executor);
    }

    /**
     * Union of the 6-connected components of {@code sm > -5 AND slab} with at least 100 voxels in slice
     * 0, or null (with a note) when there is none.
     */
    private DenseCore denseCore(short[] img, boolean[] slab, Dims dims, List<String> notes) {
        int th = settings.muscle().smoothHu();
        ConnectedComponents.Components lab = ConnectedComponents.components(smoothAbove(img, slab, dims, th), dims,
                Connectivity.FACE, executor);
        int[] onSlice0 = new int[lab.count() + 1];
        for (int i = 0, s = dims.sliceSize(); i < s; i++) {
            onSlice0[lab.labelAt(i)]++;
        }
        boolean[] keep = new boolean[lab.count() + 1];
        int kept = 0;
        for (int c = 1; c <= lab.count(); c++) {
            keep[c] = onSlice0[c] >= settings.muscle().minSliceVoxels();
            kept += keep[c] ? 1 : 0;
        }
        if (kept == 0) {
            notes.add("no muscle: no region above " + th + " HU (Gaussian, sigma 1) at the chest wall has "
                    + settings.muscle().minSliceVoxels() + " voxels on slice 0 (robust mode R2)");
            return null;
        }
        return new DenseCore(lab.select(keep, executor), kept);
    }

    /** {@code sm > th AND slab}, sm the Gaussian of sigma 1 with border 'nearest' (dropped on return). */
    private boolean[] smoothAbove(short[] img, boolean[] slab, Dims dims, int th) {
        float[] sm = GaussianFilter.smooth(img, dims, SIGMA, GaussianFilter.Border.NEAREST, executor);
        return MaskOps.greaterThanWithin(sm, th, slab, executor);
    }

    /** {@code dilate 3 (core) AND img > -100 AND slab}, a new mask. */
    private boolean[] growIntoShell(boolean[] core, short[] img, boolean[] slab, Dims dims) {
        boolean[] grown = Morphology.dilate(core, dims, SHELL_DILATION, executor);
        MaskOps.andGreaterThanInPlace(grown, img, settings.thresholds().muscleHu(), executor);
        return MaskOps.andInPlace(grown, slab, executor);
    }
}
