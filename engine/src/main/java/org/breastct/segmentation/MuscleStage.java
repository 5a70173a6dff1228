package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.breastct.imaging.CentreOfMass;
import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.GaussianFilter;
import org.breastct.imaging.Labeling;
import org.breastct.imaging.MaskOps;
import org.breastct.imaging.Morphology;
import org.breastct.imaging.Watershed;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;

/**
 * docs/method.md 2.5, Pectoralis muscle. Writes 4 into the label volume.
 *
 * <p>Seed (2-D, slice 0): with an implant, {@code si[0]} if {@code LCC(img[0] > -100) AND NOT si[0]} has
 * more than 80^2 pixels, else the whole slice; else, if 2.4 passed its chest-wall test, {@code c1[0]};
 * else {@code LCC(gauss5(img[0]) > -5 AND breast[0])} if none of its pixels is skin, else no seed.
 * {@code sc} = centre of mass of the seed (truncated).
 *
 * <p>Region: {@code tf = fill2(img > -100)}, {@code te = fill2(erode3 5*(img > -100))},
 * {@code d = EDT(tf)}; markers = 8-connected labels of {@code d[0] > th} on slice 0, where th keeps the
 * top 2/5 of the positive values of d[0]; with an implant {@code ext = dilate 19 (si)} (first
 * {@code floor(L/5)} slices set), {@code d *= ext}, {@code te &= ext}. Watershed (6-connected, priority
 * -d) inside te; muscle = the region at (0, sc). The muscle ends at the first of its slices (walking the
 * first "number of slices containing muscle" slices) with fewer than 100 voxels.
 * {@code md = fill2(dilate 7 (muscle)) AND tf}, 26-connected component of (0, sc); restricted to label 1
 * when 2.4 passed its test, otherwise it overwrites what it covers.
 *
 * <p>No muscle (with a note) when: there is no seed, the seed is empty, slice 0 has no positive distance,
 * or (the scripts' defect, not reproduced) the watershed label at (0, sc) is 0.
 */
public final class MuscleStage {

    /**
     * @param found        muscle voxels were written
     * @param seedCentre   {@code sc} (row, col) on slice 0, null without seed
     * @param muscleVoxels voxels set to 4
     * @param notes        human-readable remarks
     */
    public record Result(boolean found, int[] seedCentre, long muscleVoxels, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    public MuscleStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image        the HU image
     * @param labels       label volume after 2.4, modified in place
     * @param breastSlice0 slice 0 of {@code breast} (2.1)
     * @param ribs         result of {@link RibImplantStage}
     * @param progress     cancelled between sub-steps
     */
    public Result run(ShortVolume image, byte[] labels, boolean[] breastSlice0, RibImplantStage.Result ribs,
            Progress progress) {
        Dims dims = image.dims();
        short[] img = image.data();
        List<String> notes = new ArrayList<>();
        Dims sliceDims = dims.sliceDims();
        int sliceSize = dims.sliceSize();

        boolean[] seed = seed(img, dims, labels, breastSlice0, ribs, notes);
        if (seed == null) {
            return none(null, notes);
        }
        int[] sc = CentreOfMass.ofSlice(seed, sliceDims, 0);
        if (sc == null) {
            notes.add("no muscle: the seed on slice 0 is empty");
            return none(null, notes);
        }
        int scIndex = dims.index(0, sc[0], sc[1]);
        progress.checkCancelled();

        boolean[] tf = MaskOps.greaterThan(img, settings.muscleHu(), executor);
        boolean[] te = MethodOps.erode3Star(tf, dims, settings.erosionSize(), executor);
        MethodOps.fill2(tf, dims, 0, dims.nz(), executor);
        MethodOps.fill2(te, dims, 0, dims.nz(), executor);
        progress.report(0.2, "muscle: threshold, erosion, hole filling");
        progress.checkCancelled();
        int[] priority = MethodOps.squaredEdtForFlood(tf, dims, executor);
        tf = null; // memory: made again on the few slices md needs
        progress.report(0.4, "muscle: distance transform");
        progress.checkCancelled();

        // Markers: the top 2/5 of the positive distances on slice 0 (compared squared: same order).
        int[] positive = new int[sliceSize];
        int n = 0;
        for (int i = 0; i < sliceSize; i++) {
            if (priority[i] > 0) {
                positive[n++] = priority[i];
            }
        }
        if (n == 0) {
            notes.add("no muscle: no voxel above " + settings.muscleHu() + " HU on slice 0");
            return none(sc, notes);
        }
        Arrays.sort(positive, 0, n);
        int den = settings.muscleTopDenominator();
        int top = (int) (((long) settings.muscleTopNumerator() * n + den - 1) / den); // ceil(2n/5)
        int th = positive[n - top];
        positive = null;
        boolean[] peak = new boolean[sliceSize];
        for (int i = 0; i < sliceSize; i++) {
            peak[i] = priority[i] > th;
        }
        int[] peakLabels = ConnectedComponents.label(peak, sliceDims, Connectivity.FULL, TaskExecutor.sequential())
                .labels();
        peak = null;

        if (ribs.implantFound()) {
            restrictToImplantExtension(priority, te, ribs.implant(), dims);
        }
        // memory: the full-size markers only from here on (not during the implant dilation)
        int[] markers = new int[dims.size()];
        System.arraycopy(peakLabels, 0, markers, 0, sliceSize);
        peakLabels = null;
        MethodOps.negate(priority, executor);
        // the priorities are dead after the flood: the labels are written over them (no output array)
        int[] lab = Watershed.floodInPlace(priority, markers, te, dims, Connectivity.FACE, executor);
        priority = null;
        markers = null;
        te = null;
        progress.report(0.7, "muscle: watershed");
        progress.checkCancelled();
        int region = lab[scIndex];
        if (region == 0) {
            notes.add("no muscle: seed at (0, " + sc[0] + ", " + sc[1] + ") is background of the watershed "
                    + "(the scripts would take everything else as muscle)");
            return none(sc, notes);
        }
        boolean[] muscle = new boolean[dims.size()];
        int[] labF = lab;
        executor.forRange(muscle.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                muscle[i] = labF[i] == region;
            }
        });
        lab = null;
        cutThinSlices(muscle, dims, settings.muscleMinSliceVoxels(), executor);
        if (!muscle[scIndex]) {
            notes.add("no muscle: slice 0 has fewer than " + settings.muscleMinSliceVoxels() + " muscle voxels");
            return none(sc, notes);
        }
        // md = fill2(dilate 7 (muscle)) AND tf, computed on the first slices only: beyond the last muscle
        // slice + k/2 the dilation is empty, so the sub-volume gives the same voxels and components.
        int k = settings.muscleDilation();
        int lastMuscle = MaskOps.lastSliceContaining(muscle, dims, 0, dims.nz());
        Dims sub = new Dims(Math.min(dims.nz(), lastMuscle + 1 + k / 2), dims.ny(), dims.nx());
        boolean[] md = Morphology.dilate(MaskOps.firstSlices(muscle, dims, sub.nz()), sub, k, k, k, executor);
        MethodOps.fill2(md, sub, 0, sub.nz(), executor);
        boolean[] tfSub = MaskOps.greaterThan(Arrays.copyOf(img, sub.size()), settings.muscleHu(), executor);
        MethodOps.fill2(tfSub, sub, 0, sub.nz(), executor); // tf = fill2(img > -100) on these slices
        MaskOps.andInPlace(md, tfSub, executor);
        progress.report(0.85, "muscle: dilation");
        progress.checkCancelled();
        Labeling mdLab = ConnectedComponents.label(md, sub, Connectivity.FULL, executor);
        int mdRegion = mdLab.labels()[scIndex];
        if (mdRegion == 0) { // cannot happen: muscle is inside te, which is inside tf; kept as a guard
            notes.add("no muscle: the dilated muscle does not contain the seed centre");
            return none(sc, notes);
        }
        boolean restrict = ribs.chestWallTest();
        int[] ml = mdLab.labels();
        java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
        executor.forRange(ml.length, (from, to) -> {
            long c = 0;
            for (int i = from; i < to; i++) {
                if (ml[i] == mdRegion && (!restrict || labels[i] == LabelCode.FAT)) {
                    labels[i] = LabelCode.MUSCLE;
                    c++;
                }
            }
            written.addAndGet(c);
        });
        progress.report(1, "muscle: " + written.get() + " voxels");
        if (written.get() == 0) {
            notes.add("no muscle: the muscle region covers no fat voxel");
        }
        return new Result(written.get() > 0, sc, written.get(), notes);
    }

    /**
     * Implant present: {@code ext = dilate 19 (si)} with the first {@code floor(L/5)} slices set;
     * {@code d = d * ext} (priority 0 outside ext) and {@code te = te AND ext}.
     */
    private void restrictToImplantExtension(int[] squaredEdt, boolean[] te, boolean[] implant, Dims dims) {
        int k = settings.implantExtensionDilation();
        boolean[] ext = Morphology.dilate(implant, dims, k, k, k, executor);
        int head = Math.min(dims.nz(), dims.nz() / settings.implantExtensionSliceDivisor());
        Arrays.fill(ext, 0, head * dims.sliceSize(), true);
        executor.forRange(ext.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (!ext[i]) {
                    squaredEdt[i] = 0;
                    te[i] = false;
                }
            }
        });
    }

    private static Result none(int[] sc, List<String> notes) {
        return new Result(false, sc, 0, notes);
    }

    /** The 2-D seed on slice 0, or null (with a note) when there is none. */
    private boolean[] seed(short[] img, Dims dims, byte[] labels, boolean[] breast0, RibImplantStage.Result ribs,
            List<String> notes) {
        Dims sliceDims = dims.sliceDims();
        int sliceSize = dims.sliceSize();
        TaskExecutor seq = TaskExecutor.sequential();
        if (ribs.implantFound()) {
            boolean[] si0 = MaskOps.copySlice(ribs.implant(), dims, 0);
            boolean[] comp = ConnectedComponents.largest(
                    MaskOps.greaterThan(MethodOps.slice(img, dims, 0), settings.muscleHu(), seq), sliceDims,
                    Connectivity.FULL, seq);
            int outside = 0;
            for (int i = 0; i < sliceSize; i++) {
                if (comp[i] && !si0[i]) {
                    outside++;
                }
            }
            if (outside > settings.implantMuscleMinPixels()) {
                return si0;
            }
            boolean[] all = new boolean[sliceSize];
            Arrays.fill(all, true);
            return all;
        }
        if (ribs.chestWallTest()) {
            return ribs.c1ChestWall();
        }
        short[] smooth = GaussianFilter.smoothInt16(MethodOps.slice(img, dims, 0), dims.ny(), dims.nx(),
                settings.muscleSigma());
        boolean[] g = new boolean[sliceSize];
        boolean any = false;
        for (int i = 0; i < sliceSize; i++) {
            g[i] = smooth[i] > settings.muscleSmoothHu() && breast0[i];
            any |= g[i];
        }
        if (!any) {
            notes.add("no muscle: no pixel of slice 0 is above " + settings.muscleSmoothHu()
                    + " HU after Gaussian smoothing");
            return null;
        }
        boolean[] lcc = ConnectedComponents.largest(g, sliceDims, Connectivity.FULL, seq);
        for (int i = 0; i < sliceSize; i++) {
            if (lcc[i] && labels[i] == LabelCode.SKIN) {
                notes.add("no muscle: the smoothed dense region on slice 0 touches the skin");
                return null;
            }
        }
        return lcc;
    }

    /**
     * Walks the first {@code m} slices from 0, {@code m} = number of slices containing muscle (the
     * scripts' idiom: they assume the muscle slices are contiguous from 0); at the first one with fewer
     * than {@code minVoxels} voxels, clears it and all later slices. In place.
     */
    static void cutThinSlices(boolean[] muscle, Dims dims, int minVoxels, TaskExecutor executor) {
        int[] perSlice = MaskOps.countPerSlice(muscle, dims, executor);
        int containing = 0;
        for (int c : perSlice) {
            if (c > 0) {
                containing++;
            }
        }
        for (int z = 0; z < containing; z++) {
            if (perSlice[z] < minVoxels) {
                Arrays.fill(muscle, z * dims.sliceSize(), muscle.length, false);
                return;
            }
        }
    }
}
