package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.breastct.imaging.CentreOfMass;
import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.EdtWatershed;
import org.breastct.imaging.GaussianFilter;
import org.breastct.imaging.HoleFilling;
import org.breastct.imaging.LabelOps;
import org.breastct.imaging.MaskOps;
import org.breastct.imaging.Morphology;
import org.breastct.imaging.StarErosion;
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
final class MuscleStage {

    /**
     * @param found        muscle voxels were written
     * @param seedCentre   {@code sc} (row, col) on slice 0, null without seed
     * @param muscleVoxels voxels set to 4
     * @param notes        human-readable remarks
     */
    record Result(boolean found, int[] seedCentre, long muscleVoxels, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    MuscleStage(SegmentationSettings settings, TaskExecutor executor) {
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
    Result run(ShortVolume image, byte[] labels, boolean[] breastSlice0, RibImplantStage.Result ribs,
            Progress progress) {
        Dims dims = image.dims();
        List<String> notes = new ArrayList<>();
        int[] sc = seedCentre(seed(image.data(), dims, labels, breastSlice0, ribs, notes), dims, notes);
        if (sc == null) {
            return none(null, notes);
        }
        progress.checkCancelled();
        int at = dims.index(0, sc[0], sc[1]);
        boolean[] muscle = watershedMuscle(image.data(), dims, ribs, at, notes, progress);
        if (muscle == null) {
            return none(sc, notes);
        }
        cutThinSlices(muscle, dims, settings.muscle().minSliceVoxels(), executor);
        if (!muscle[at]) {
            notes.add("no muscle: slice 0 has fewer than " + settings.muscle().minSliceVoxels() + " muscle voxels");
            return none(sc, notes);
        }
        boolean[] md = dilatedMuscle(image.data(), dims, muscle, at, notes);
        progress.report(0.85, "muscle: dilation");
        if (md == null) {
            return none(sc, notes);
        }
        long written = writeMuscle(labels, md, ribs.chestWallTest());
        progress.report(1, "muscle: " + written + " voxels");
        if (written == 0) {
            notes.add("no muscle: the muscle region covers no fat voxel");
        }
        return new Result(written > 0, sc, written, notes);
    }

    /** docs/method.md 2.5, bullet 2: {@code sc} = the seed's centre of mass; null (with a note) without seed. */
    private static int[] seedCentre(boolean[] seed, Dims dims, List<String> notes) {
        if (seed == null) {
            return null;
        }
        int[] sc = CentreOfMass.ofSlice(seed, dims.sliceDims(), 0);
        if (sc == null) {
            notes.add("no muscle: the seed on slice 0 is empty");
        }
        return sc;
    }

    /**
     * docs/method.md 2.5, bullets 3-6: the watershed region at {@code (0, sc)}, or null (with a note) when
     * there are no markers or the seed centre is background of the watershed.
     */
    private boolean[] watershedMuscle(short[] img, Dims dims, RibImplantStage.Result ribs, int scIndex,
            List<String> notes, Progress progress) {
        boolean[] dense = MaskOps.greaterThan(img, settings.thresholds().muscleHu(), executor);
        boolean[] te = filledEroded(dense, dims);
        boolean[] tf = filledInPlace(dense, dims);
        progress.report(0.3, "muscle: threshold, erosion, hole filling");
        progress.checkCancelled();
        int[] markers = topFractionMarkers(EdtWatershed.ofFirstSlices(tf, dims, 1, executor).squaredSlice(0),
                dims.sliceDims());
        if (markers == null) {
            notes.add("no muscle: no voxel above " + settings.thresholds().muscleHu() + " HU on slice 0");
            return null;
        }
        boolean[] ext = ribs.implantFound() ? implantExtension(te, ribs.implant(), dims) : null;
        EdtWatershed.Regions lab = EdtWatershed.floodFromFirstSlice(tf, dims, ext, markers, te, executor);
        progress.report(0.7, "muscle: distance transform and watershed");
        progress.checkCancelled();
        int region = lab.labelAt(scIndex);
        if (region == 0) {
            int[] sc = {scIndex / dims.nx(), scIndex % dims.nx()};
            notes.add("no muscle: seed at (0, " + sc[0] + ", " + sc[1] + ") is background of the watershed "
                    + "(the scripts would take everything else as muscle)");
            return null;
        }
        return lab.regionInto(region, te); // te is not needed any more
    }

    /** docs/method.md 2.5, bullet 3: {@code tf = fill2(image > -100)}, given {@code image > -100} (filled in place). */
    private boolean[] filledInPlace(boolean[] dense, Dims dims) {
        HoleFilling.fillFirstSlices(dense, dims, dims.nz(), executor);
        return dense;
    }

    /** docs/method.md 2.5, bullet 3: {@code te = fill2(erode3 5*(image > -100))}, given {@code image > -100}. */
    private boolean[] filledEroded(boolean[] dense, Dims dims) {
        return filledInPlace(StarErosion.erode(dense, dims, settings.erosionSize(), executor), dims);
    }

    /**
     * docs/method.md 2.5, bullet 4: the 2-D labels of {@code d[0] > th}, th keeping the top 2/5 of the
     * positive distances of slice 0 (compared squared: same order); null when there is none.
     */
    private int[] topFractionMarkers(int[] squared0, Dims slice) {
        int[] positive = Arrays.stream(squared0).filter(v -> v > 0).sorted().toArray();
        int n = positive.length;
        if (n == 0) {
            return null;
        }
        int den = settings.muscle().topDenominator();
        int top = (int) (((long) settings.muscle().topNumerator() * n + den - 1) / den); // ceil(2n/5)
        int th = positive[n - top];
        return ConnectedComponents.label(MaskOps.greaterThan(squared0, th), slice, Connectivity.FULL,
                TaskExecutor.sequential()).labels();
    }

    /**
     * docs/method.md 2.5, bullet 5 (implant present): {@code ext = dilate 19 (si)} with the first
     * {@code floor(L/5)} slices set; {@code te = te AND ext} here, {@code d = d * ext} by the watershed.
     */
    private boolean[] implantExtension(boolean[] te, boolean[] implant, Dims dims) {
        int k = settings.muscle().implantExtensionDilation();
        boolean[] ext = Morphology.dilate(implant, dims, k, k, k, executor);
        int head = Math.min(dims.nz(), dims.nz() / settings.muscle().implantExtensionSliceDivisor());
        Arrays.fill(ext, 0, head * dims.sliceSize(), true);
        MaskOps.andInPlace(te, ext, executor);
        return ext;
    }

    /**
     * docs/method.md 2.5, bullet 8: {@code md = fill2(dilate 7 (muscle)) AND tf}, its 26-connected component
     * of {@code (0, sc)}, or null (with a note). Computed on the first slices only: beyond the last muscle
     * slice + k/2 the dilation is empty, so the sub-volume gives the same voxels and components.
     */
    private boolean[] dilatedMuscle(short[] img, Dims dims, boolean[] muscle, int scIndex, List<String> notes) {
        int k = settings.muscle().dilation();
        int lastMuscle = MaskOps.lastSliceContaining(muscle, dims, 0, dims.nz());
        Dims sub = new Dims(Math.min(dims.nz(), lastMuscle + 1 + k / 2), dims.ny(), dims.nx());
        boolean[] md = Morphology.dilate(MaskOps.firstSlices(muscle, dims, sub.nz()), sub, k, k, k, executor);
        HoleFilling.fillFirstSlices(md, sub, sub.nz(), executor);
        boolean[] tf = filledInPlace(MaskOps.greaterThan(Arrays.copyOf(img, sub.size()),
                settings.thresholds().muscleHu(), executor), sub);
        MaskOps.andInPlace(md, tf, executor);
        if (!md[scIndex]) { // cannot happen: muscle is inside te, which is inside tf; kept as a guard
            notes.add("no muscle: the dilated muscle does not contain the seed centre");
            return null;
        }
        return Arrays.copyOf(ConnectedComponents.componentOf(md, sub, Connectivity.FULL, scIndex, executor),
                dims.size());
    }

    /**
     * docs/method.md 2.5, bullet 8: {@code md} becomes 4, restricted to voxels labelled 1 when 2.4 passed
     * its test, otherwise over whatever it covers.
     */
    private long writeMuscle(byte[] labels, boolean[] md, boolean restrict) {
        return restrict ? LabelOps.replace(labels, md, LabelCode.FAT, LabelCode.MUSCLE, executor)
                : LabelOps.write(labels, md, LabelCode.MUSCLE, executor);
    }

    private static Result none(int[] sc, List<String> notes) {
        return new Result(false, sc, 0, notes);
    }

    /** docs/method.md 2.5, bullet 1: the 2-D seed on slice 0, or null (with a note) when there is none. */
    private boolean[] seed(short[] img, Dims dims, byte[] labels, boolean[] breast0, RibImplantStage.Result ribs,
            List<String> notes) {
        if (ribs.implantFound()) {
            return implantSeed(img, dims, ribs.implant());
        }
        if (ribs.chestWallTest()) {
            return ribs.c1ChestWall();
        }
        return smoothDenseSeed(img, dims, labels, breast0, notes);
    }

    /**
     * docs/method.md 2.5, bullet 1, implant present: {@code si[0]} if {@code LCC(image[0] > -100) AND NOT si[0]}
     * has more than 80^2 pixels, otherwise the whole slice.
     */
    private boolean[] implantSeed(short[] img, Dims dims, boolean[] implant) {
        TaskExecutor seq = TaskExecutor.sequential();
        boolean[] si0 = MaskOps.copySlice(implant, dims, 0);
        boolean[] dense0 = MaskOps.greaterThan(MethodOps.slice(img, dims, 0), settings.thresholds().muscleHu(), seq);
        boolean[] comp = ConnectedComponents.largest(dense0, dims.sliceDims(), Connectivity.FULL, seq);
        if (MaskOps.count(MaskOps.andNot(comp, si0, seq)) > settings.muscle().implantMinPixels()) {
            return si0;
        }
        boolean[] all = new boolean[dims.sliceSize()];
        Arrays.fill(all, true);
        return all;
    }

    /**
     * docs/method.md 2.5, bullet 1, otherwise: {@code g = gauss5(image[0]) > -5 AND breast[0]}; {@code LCC(g)}
     * unless g is empty or LCC(g) touches skin (then null, with a note).
     */
    private boolean[] smoothDenseSeed(short[] img, Dims dims, byte[] labels, boolean[] breast0, List<String> notes) {
        TaskExecutor seq = TaskExecutor.sequential();
        short[] smooth = GaussianFilter.smoothInt16(MethodOps.slice(img, dims, 0), dims.ny(), dims.nx(),
                settings.muscle().sigma());
        boolean[] g = MaskOps.greaterThanWithin(smooth, settings.muscle().smoothHu(), breast0, seq);
        if (!MaskOps.any(g)) {
            notes.add("no muscle: no pixel of slice 0 is above " + settings.muscle().smoothHu()
                    + " HU after Gaussian smoothing");
            return null;
        }
        boolean[] lcc = ConnectedComponents.largest(g, dims.sliceDims(), Connectivity.FULL, seq);
        byte[] labels0 = Arrays.copyOf(labels, dims.sliceSize());
        if (MaskOps.any(LabelOps.andEqualTo(lcc, labels0, LabelCode.SKIN, seq))) {
            notes.add("no muscle: the smoothed dense region on slice 0 touches the skin");
            return null;
        }
        return lcc;
    }

    /**
     * docs/method.md 2.5, bullet 7: walks the first {@code m} slices from 0, {@code m} = number of slices
     * containing muscle (the scripts' idiom: they assume the muscle slices are contiguous from 0); at the
     * first one with fewer than {@code minVoxels} voxels, clears it and all later slices. In place.
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
