package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
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
 * docs/method.md 2.4, Ribs and silicone implant. Writes 7 (implant) and 5 (rib) into the label volume.
 *
 * <ol>
 * <li>{@code t = img > 100 AND mask == 1 AND NOT b9}. Only if the largest 26-connected component of
 * {@code t} has more than 50 voxels on slice 0 (the "chest-wall test"):</li>
 * <li>{@code Lrib} = number of slices containing t; {@code c1 = LCC(t)}.</li>
 * <li>More than 150^3 voxels: an implant. {@code si = img > 130};
 * {@code si = dilate 5 (LCC(erode3 5*(si))) AND si}; fill2 on the first {@code LSi} slices; mask[si] = 7.
 * Then {@code c1 = dilate 5 (LCC(erode3 5*(c1))) AND c1}, fill2 on the first Lrib slices; c1 is no rib.
 * Otherwise c1, filled on the first Lrib slices, is the rib.</li>
 * <li>{@code c2 = LCC(t AND NOT c1)}: more than 15^3 voxels: filled, added to rib; then
 * {@code c3 = LCC(t AND NOT c1 AND NOT rib)} likewise. mask[rib] = 5 (unrestricted, as the scripts).</li>
 * </ol>
 * All LCCs are 26-connected, ties to the lowest (raster-first) component; dilations are 5x5x5 cubes.
 */
final class RibImplantStage {

    /**
     * @param chestWallTest    the largest bone component passed the slice-0 test (2.4 "Only if")
     * @param implantFound     an implant was found (mask 7 written)
     * @param ribFound         rib voxels were written (mask 5)
     * @param implant          {@code si} (full shape) when an implant was found, else null (used by 2.5)
     * @param c1ChestWall      slice 0 of c1 after filling, when the test passed and there is no implant
     *                         (the rib seed of 2.5), else null
     * @param ribVoxels        voxels set to 5
     * @param implantVoxels    voxels set to 7
     * @param siliconeSeconds  time spent in the implant branch (0 without implant)
     * @param notes            human-readable remarks
     */
    record Result(boolean chestWallTest, boolean implantFound, boolean ribFound, boolean[] implant,
            boolean[] c1ChestWall, long ribVoxels, long implantVoxels, double siliconeSeconds, List<String> notes) {
    }

    /** The first component {@code c1} after 2.4's implant test: the rib (or none) and the implant (or none). */
    private record FirstComponent(boolean[] rib, boolean[] implant, boolean[] c1, long implantVoxels,
            double siliconeSeconds) {
    }

    /** A component as a mask and its voxel count. */
    private record Component(boolean[] mask, long size) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    RibImplantStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image    the HU image
     * @param labels   label volume after 2.3, modified in place
     * @param b9       band(9) from {@link SkinStage}
     * @param progress cancelled between sub-steps
     */
    Result run(ShortVolume image, byte[] labels, boolean[] b9, Progress progress) {
        Dims dims = image.dims();
        List<String> notes = new ArrayList<>();
        boolean[] t = boneCandidates(image.data(), labels, b9);
        Component largest = largestIfOnChestWall(t, dims, notes);
        if (largest == null) {
            return new Result(false, false, false, null, null, 0, 0, 0, notes);
        }
        progress.report(0.2, "rib: bone components labelled");
        progress.checkCancelled();
        int lRib = MaskOps.slicesContaining(t, dims, executor);
        FirstComponent first = firstComponent(image.data(), labels, largest, dims, lRib, notes);
        boolean[] c1ChestWall = first.implant() == null ? MaskOps.copySlice(first.c1(), dims, 0) : null;
        progress.report(0.6, "rib: first component");
        progress.checkCancelled();
        boolean[] rib = first.rib();
        addFurtherComponents(MaskOps.andNot(t, first.c1(), executor), rib, dims, lRib, progress);
        long ribVoxels = LabelOps.write(labels, rib, LabelCode.RIB, executor);
        progress.report(1, "rib: " + ribVoxels + " voxels");
        return new Result(true, first.implant() != null, ribVoxels > 0, first.implant(), c1ChestWall, ribVoxels,
                first.implantVoxels(), first.siliconeSeconds(), notes);
    }

    /** docs/method.md 2.4, bullet 1: {@code t = image > 100 AND mask == 1 AND NOT b9}. */
    private boolean[] boneCandidates(short[] img, byte[] labels, boolean[] b9) {
        boolean[] fatNotB9 = MaskOps.andNotInPlace(LabelOps.equalTo(labels, LabelCode.FAT, executor), b9, executor);
        return MaskOps.andGreaterThanInPlace(fatNotB9, img, settings.thresholds().boneHu(), executor);
    }

    /**
     * docs/method.md 2.4, bullet 2: {@code LCC(t)} (26-connected) if it has more than 50 voxels in slice 0,
     * else null (with a note).
     */
    private Component largestIfOnChestWall(boolean[] t, Dims dims, List<String> notes) {
        boolean[] big = ConnectedComponents.largest(t, dims, Connectivity.FULL, executor); // no int labels
        int onChestWall = MaskOps.countSlice(big, dims, 0);
        if (onChestWall <= settings.ribs().minChestWallVoxels()) {
            notes.add("no rib or implant: the largest component above " + settings.thresholds().boneHu()
                    + " HU has " + onChestWall + " voxels on slice 0 (needs more than "
                    + settings.ribs().minChestWallVoxels() + ")");
            return null;
        }
        return new Component(big, MaskOps.count(big));
    }

    /**
     * docs/method.md 2.4, bullet 2, sub-bullets 1-3: {@code c1 = LCC(t)}; more than 150^3 voxels: the implant
     * (written as 7) and the opened c1, which is no rib; otherwise c1, filled, is the rib.
     */
    private FirstComponent firstComponent(short[] img, byte[] labels, Component largest, Dims dims, int lRib,
            List<String> notes) {
        boolean[] c1 = largest.mask();
        if (largest.size() <= settings.ribs().implantMinVoxels()) {
            HoleFilling.fillFirstSlices(c1, dims, lRib, executor);
            return new FirstComponent(c1, null, c1, 0, 0); // rib covers c1 in "t AND NOT c1" below
        }
        long t0 = System.nanoTime();
        boolean[] si = implant(img, dims);
        long implantVoxels = LabelOps.write(labels, si, LabelCode.IMPLANT, executor);
        c1 = openLargest(c1, dims);
        HoleFilling.fillFirstSlices(c1, dims, lRib, executor);
        notes.add("implant found: bone-like component of " + largest.size() + " voxels (more than "
                + settings.ribs().implantMinVoxels() + "), " + implantVoxels + " implant voxels");
        return new FirstComponent(new boolean[c1.length], si, c1, implantVoxels, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * docs/method.md 2.4, bullet 2, sub-bullet 2: {@code si = dilate 5 (LCC(erode3 5*(image > 130))) AND
     * (image > 130)}, filled on the first {@code LSi} slices.
     */
    private boolean[] implant(short[] img, Dims dims) {
        boolean[] si = openLargest(MaskOps.greaterThan(img, settings.thresholds().siliconeHu(), executor), dims);
        HoleFilling.fillFirstSlices(si, dims, MaskOps.slicesContaining(si, dims, executor), executor);
        return si;
    }

    /** {@code dilate 5 (LCC(erode3 5*(m))) AND m}, as a new mask. */
    private boolean[] openLargest(boolean[] m, Dims dims) {
        int k = settings.ribs().implantDilation();
        boolean[] lcc = ConnectedComponents.largest(StarErosion.erode(m, dims, settings.erosionSize(), executor), dims,
                Connectivity.FULL, executor);
        return MaskOps.andInPlace(Morphology.dilate(lcc, dims, k, k, k, executor), m, executor);
    }

    /**
     * docs/method.md 2.4, bullet 2, sub-bullet 4: {@code c2 = LCC(t AND NOT c1)} and then
     * {@code c3 = LCC(t AND NOT c1 AND NOT rib)} join the rib if larger than 15^3 voxels ({@code rest} is
     * consumed).
     */
    private void addFurtherComponents(boolean[] rest, boolean[] rib, Dims dims, int lRib, Progress progress) {
        if (addLargestIfBig(rest, rib, dims, lRib)) {
            progress.checkCancelled();
            addLargestIfBig(MaskOps.andNotInPlace(rest, rib, executor), rib, dims, lRib);
        }
    }

    /**
     * If LCC(candidates) has more than 15^3 voxels: fill2 it on the first lRib slices and add it to
     * rib. Returns whether it did.
     */
    private boolean addLargestIfBig(boolean[] candidates, boolean[] rib, Dims dims, int lRib) {
        ConnectedComponents.Components lab = ConnectedComponents.components(candidates, dims, Connectivity.FULL,
                executor);
        int big = lab.largest();
        if (big == 0 || lab.size(big) <= settings.ribs().extraRibMinVoxels()) {
            return false;
        }
        boolean[] c = lab.mask(big, executor);
        HoleFilling.fillFirstSlices(c, dims, lRib, executor);
        MaskOps.orInPlace(rib, c, executor);
        return true;
    }
}
