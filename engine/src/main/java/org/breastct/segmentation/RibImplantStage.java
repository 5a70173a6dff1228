package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.Labeling;
import org.breastct.imaging.MaskOps;
import org.breastct.imaging.Morphology;
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
public final class RibImplantStage {

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
    public record Result(boolean chestWallTest, boolean implantFound, boolean ribFound, boolean[] implant,
            boolean[] c1ChestWall, long ribVoxels, long implantVoxels, double siliconeSeconds, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    public RibImplantStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image    the HU image
     * @param labels   label volume after 2.3, modified in place
     * @param b9       band(9) from {@link SkinStage}
     * @param progress cancelled between sub-steps
     */
    public Result run(ShortVolume image, byte[] labels, boolean[] b9, Progress progress) {
        Dims dims = image.dims();
        short[] img = image.data();
        List<String> notes = new ArrayList<>();
        int bone = settings.boneHu();
        boolean[] t = new boolean[img.length];
        executor.forRange(img.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                t[i] = img[i] > bone && labels[i] == LabelCode.FAT && !b9[i];
            }
        });
        Labeling lt = ConnectedComponents.label(t, dims, Connectivity.FULL, executor);
        int big = lt.largest();
        int onChestWall = 0;
        if (big > 0) {
            int[] l = lt.labels();
            for (int i = 0, s = dims.sliceSize(); i < s; i++) {
                if (l[i] == big) {
                    onChestWall++;
                }
            }
        }
        if (onChestWall <= settings.ribMinChestWallVoxels()) {
            notes.add("no rib or implant: the largest component above " + bone + " HU has " + onChestWall
                    + " voxels on slice 0 (needs more than " + settings.ribMinChestWallVoxels() + ")");
            return new Result(false, false, false, null, null, 0, 0, 0, notes);
        }
        progress.report(0.2, "rib: bone components labelled");
        progress.checkCancelled();
        int lRib = MaskOps.slicesContaining(t, dims, executor);
        long c1Size = lt.size(big);
        boolean[] c1 = lt.mask(big);
        lt = null;
        boolean[] rib;
        boolean[] si = null;
        boolean[] c1ChestWall = null;
        long implantVoxels = 0;
        double siliconeSeconds = 0;
        int e = settings.erosionSize();
        if (c1Size > settings.implantMinVoxels()) {
            long t0 = System.nanoTime();
            si = MaskOps.greaterThan(img, settings.siliconeHu(), executor);
            si = openLargest(si, dims, e, settings.implantDilation());
            int lSi = MaskOps.slicesContaining(si, dims, executor);
            MethodOps.fill2(si, dims, 0, lSi, executor);
            implantVoxels = MethodOps.write(labels, si, LabelCode.IMPLANT, executor);
            progress.report(0.5, "implant: " + implantVoxels + " voxels");
            progress.checkCancelled();
            c1 = openLargest(c1, dims, e, settings.implantDilation());
            MethodOps.fill2(c1, dims, 0, lRib, executor);
            rib = new boolean[img.length];
            siliconeSeconds = (System.nanoTime() - t0) / 1e9;
            notes.add("implant found: bone-like component of " + c1Size + " voxels (more than "
                    + settings.implantMinVoxels() + "), " + implantVoxels + " implant voxels");
        } else {
            MethodOps.fill2(c1, dims, 0, lRib, executor);
            c1ChestWall = MaskOps.copySlice(c1, dims, 0);
            rib = c1; // c1 is the rib; c1 itself is only used as "t AND NOT c1" below, where rib covers it
        }
        progress.report(0.6, "rib: first component");
        progress.checkCancelled();
        boolean[] rest = MaskOps.andNot(t, c1, executor);
        c1 = null;
        if (addLargestIfBig(rest, rib, dims, lRib)) {
            progress.checkCancelled();
            MaskOps.andNotInPlace(rest, rib, executor);
            addLargestIfBig(rest, rib, dims, lRib);
        }
        rest = null;
        long ribVoxels = MethodOps.write(labels, rib, LabelCode.RIB, executor);
        progress.report(1, "rib: " + ribVoxels + " voxels");
        return new Result(true, si != null, ribVoxels > 0, si, c1ChestWall, ribVoxels, implantVoxels,
                siliconeSeconds, notes);
    }

    /** {@code dilate k (LCC(erode3 e*(m))) AND m}, as a new mask. */
    private boolean[] openLargest(boolean[] m, Dims dims, int e, int k) {
        boolean[] eroded = MethodOps.erode3Star(m, dims, e, executor);
        boolean[] lcc = ConnectedComponents.largest(eroded, dims, Connectivity.FULL, executor);
        eroded = null;
        boolean[] opened = Morphology.dilate(lcc, dims, k, k, k, executor);
        return MaskOps.andInPlace(opened, m, executor);
    }

    /**
     * If LCC(candidates) has more than 15^3 voxels: fill2 it on the first lRib slices and add it to
     * rib. Returns whether it did.
     */
    private boolean addLargestIfBig(boolean[] candidates, boolean[] rib, Dims dims, int lRib) {
        Labeling lab = ConnectedComponents.label(candidates, dims, Connectivity.FULL, executor);
        int big = lab.largest();
        if (big == 0 || lab.size(big) <= settings.extraRibMinVoxels()) {
            return false;
        }
        boolean[] c = lab.mask(big);
        lab = null;
        MethodOps.fill2(c, dims, 0, lRib, executor);
        MaskOps.orInPlace(rib, c, executor);
        return true;
    }
}
