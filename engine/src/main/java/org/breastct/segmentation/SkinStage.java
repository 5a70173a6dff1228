package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.breastct.imaging.Ball;
import org.breastct.imaging.CentreOfMass;
import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.ContourBand;
import org.breastct.imaging.EdtWatershed;
import org.breastct.imaging.LabelOps;
import org.breastct.imaging.MaskOps;
import org.breastct.imaging.Morphology;
import org.breastct.imaging.OpenCvContourBand;
import org.breastct.imaging.SliceCrop;
import org.breastct.imaging.StarErosion;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;

/**
 * docs/method.md 2.3, Skin. Writes 3 (skin) into the label volume, only over voxels labelled 1.
 *
 * <ol>
 * <li>Tip: the last slice with a breast voxel among the last 10 (index {@code bL - 1}); tip = its
 * centre of mass. <b>Our rule</b> where the scripts have none: if none of the last 10 slices has a
 * breast voxel, the last slice with a breast voxel anywhere is the tip slice (a note says so).</li>
 * <li>Axis {@code k = (bL, tip.row - cc.row, tip.col - cc.col) / |.|}; nipple sphere centre
 * {@code (L, tip.row, tip.col) + int(30 k)} (component-wise truncation), radius 60, boundary included.</li>
 * <li>{@code b3, b9, b25} = per-slice contour bands of {@code breast};
 * {@code t = (img > -180 AND breast) OR b3}; {@code nipple = t AND sphere}.</li>
 * <li>{@code ws_mask = ((erode3 5*(t) OR b3) AND NOT sphere) OR NOT breast};
 * watershed (6-connected) of {@code -EDT(ws_mask)} from {@code label(EDT > 15)} (26-connected);
 * 3-D skin = the region of the voxel (0, 0, 0), AND breast, OR b3.</li>
 * <li>Per slice: {@code sh = (dilate 7 (skin) AND t) OR b3}; keep the 8-connected component of the first
 * set pixel of the (first) row with the most set pixels; add every breast pixel outside the largest
 * 8-connected component of {@code breast AND NOT sh}; without a fold {@code sh &= b25}; from slice
 * {@code int(0.4 L)} on {@code sh &= b9}; then {@code sh |= b3 | nipple}, restricted to label 1.
 * An empty {@code sh} gives no skin on that slice (the scripts' label-0 defect is not reproduced; it
 * cannot change the result because such a slice has no breast pixel).</li>
 * </ol>
 * Memory: the watershed holds one short array ({@link EdtWatershed}: the transform capped at 16^2) and
 * two masks of its markers besides the masks (only the region of the corner voxel is kept, so two
 * markers do: its component and the others; where the mask's components hold only one of them, as
 * the air and the breast's interior usually do, nothing is flooded: {@link EdtWatershed#floodFromDeepRegionOf});
 * {@code t} and {@code b3} live only inside the sub-step that makes the watershed mask and are made again
 * after the watershed (b3 together with {@code b9}), {@code b25} per slice. The per-slice part runs
 * in parallel over slices (each slice is independent), each on the bounding box of {@code breast[z]}.
 */
final class SkinStage {

    /**
     * @param b9          band(9) of every slice of breast (needed by 2.4)
     * @param tipSlice    {@code bL - 1}
     * @param tip         centre of mass (row, col) of the tip slice
     * @param sphereCentre nipple sphere centre (z, row, col)
     * @param skinVoxels  voxels set to 3
     * @param notes       human-readable remarks
     */
    record Result(boolean[] b9, int tipSlice, int[] tip, int[] sphereCentre, long skinVoxels,
            List<String> notes) {
    }

    /** The tip slice {@code bL - 1} and its centre of mass (row, col). */
    private record Tip(int slice, int[] centre) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    SkinStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image     the HU image
     * @param breast    from {@link BreastMaskStage}
     * @param labels    the label volume, modified in place (1 becomes 3 on skin)
     * @param cc        chest-wall centre of mass from {@link SkinFoldStage}
     * @param foldFound whether 2.2 found a fold (then band(25) is not applied)
     * @param progress  reports sub-steps; cancelled between them and between slices
     */
    Result run(ShortVolume image, boolean[] breast, byte[] labels, int[] cc, boolean foldFound, Progress progress) {
        Dims dims = image.dims();
        List<String> notes = new ArrayList<>();
        Tip tip = tip(breast, dims, notes);
        Ball sphere = nippleSphere(tip, cc, dims);
        boolean[] skin = watershedMask(image.data(), breast, sphere, dims, progress);
        skinFromAir(skin, breast, dims, notes, progress);
        boolean[][] bands = bands(breast, dims, settings.skin().innerBand(), settings.skin().middleBand());
        boolean[] b3 = bands[0];
        boolean[] b9 = bands[1];
        MaskOps.orInPlace(skin, b3, executor);
        boolean[] t = dense(image.data(), breast, b3);
        skinPerSlice(skin, breast, t, b3, dims, foldFound, progress);
        cutToMiddleBand(skin, b9, dims);
        progress.report(0.9, "skin: band(" + settings.skin().middleBand() + ")");
        long written = writeSkin(skin, b3, sphere.within(t, dims, executor), labels);
        progress.report(1, "skin: done");
        int[] centre = {sphere.cz(), sphere.cy(), sphere.cx()};
        return new Result(b9, tip.slice(), tip.centre(), centre, written, notes);
    }

    /** docs/method.md 2.3, bullet 1: the tip slice among the last 10 and its centre of mass. */
    private Tip tip(boolean[] breast, Dims dims, List<String> notes) {
        int nz = dims.nz();
        int slice = MaskOps.lastSliceContaining(breast, dims, nz - settings.skin().tipSearchSlices(), nz);
        if (slice < 0) {
            slice = MaskOps.lastSliceContaining(breast, dims, 0, nz);
            notes.add("skin: no breast voxel in the last " + settings.skin().tipSearchSlices()
                    + " slices; the tip is taken on the last slice with breast voxels, " + slice);
        }
        return new Tip(slice, CentreOfMass.ofSlice(breast, dims, slice));
    }

    /** docs/method.md 2.3, bullet 2: the breast axis k and the nipple sphere around {@code (L, tip) + int(30 k)}. */
    private Ball nippleSphere(Tip tip, int[] cc, Dims dims) {
        double kz = tip.slice() + 1;
        double ky = tip.centre()[0] - cc[0];
        double kx = tip.centre()[1] - cc[1];
        double norm = Math.sqrt(kz * kz + ky * ky + kx * kx);
        int off = settings.skin().nippleOffset();
        return new Ball(dims.nz() + MethodOps.truncate(off * (kz / norm)),
                tip.centre()[0] + MethodOps.truncate(off * (ky / norm)),
                tip.centre()[1] + MethodOps.truncate(off * (kx / norm)), settings.skin().nippleRadius());
    }

    /**
     * docs/method.md 2.3, bullet 3: band(n) of every slice of breast: the exact distance band, or with the
     * scripts' parity setting ({@link SegmentationSettings#scriptsParity()}) OpenCV's drawing as the
     * scripts make it, pixel for pixel ({@link OpenCvContourBand}, on whole slices: its clipping depends on
     * the slice size).
     */
    private boolean[] band(boolean[] breast, Dims dims, int n) {
        return opencvBand(n) ? OpenCvContourBand.band(breast, dims, n, executor)
                : ContourBand.band(breast, dims, n, executor);
    }

    /** band(a) and band(b) of every slice of breast, as {@link #band} makes each (the exact ones in one pass). */
    private boolean[][] bands(boolean[] breast, Dims dims, int a, int b) {
        if (opencvBand(a) || opencvBand(b)) {
            return new boolean[][] {band(breast, dims, a), band(breast, dims, b)};
        }
        return ContourBand.bands(breast, dims, executor, a, b);
    }

    /**
     * Whether band(n) is OpenCV's drawing: with the scripts' parity setting, for n &gt;= 2 (for n = 1 the
     * scripts draw a one-pixel line without clipping it to the mask, which is not emulated; the exact
     * band is used).
     */
    private boolean opencvBand(int n) {
        return settings.scriptsParity() && n >= 2;
    }

    /** docs/method.md 2.3, bullet 4: {@code t = (image > -180 AND breast) OR b3}. */
    private boolean[] dense(short[] img, boolean[] breast, boolean[] b3) {
        boolean[] t = MaskOps.greaterThanWithin(img, settings.thresholds().skinHu(), breast, executor);
        return MaskOps.orInPlace(t, b3, executor);
    }

    /**
     * docs/method.md 2.3, bullet 5: {@code inner = (erode3 5*(t) OR b3) AND NOT sphere}; {@code ws_mask =
     * inner OR NOT breast} (t and b3 are dropped on return: memory during the watershed).
     */
    private boolean[] watershedMask(short[] img, boolean[] breast, Ball sphere, Dims dims, Progress progress) {
        boolean[] b3 = band(breast, dims, settings.skin().innerBand());
        progress.report(0.08, "skin: band(" + settings.skin().innerBand() + ")");
        progress.checkCancelled();
        boolean[] ws = StarErosion.erode(dense(img, breast, b3), dims, settings.erosionSize(), executor);
        progress.report(0.2, "skin: erosion");
        progress.checkCancelled();
        MaskOps.orInPlace(ws, b3, executor);
        sphere.clearInside(ws, dims, executor);
        return MaskOps.orNotInPlace(ws, breast, executor);
    }

    /**
     * docs/method.md 2.3, bullet 6: {@code lab = watershed(label(EDT(ws_mask) > 15), ws_mask)}; the mask is
     * replaced by {@code lab == lab[0,0,0] AND breast} (the region flooded from the air).
     */
    private void skinFromAir(boolean[] ws, boolean[] breast, Dims dims, List<String> notes, Progress progress) {
        EdtWatershed.Regions lab = EdtWatershed.floodFromDeepRegionOf(ws, dims, settings.skin().markerEdt(), 0,
                executor);
        progress.report(0.7, lab.markerCount() < 0 ? "skin: watershed from the corner's marker and the others"
                : "skin: watershed from " + lab.markerCount() + " markers");
        progress.checkCancelled();
        int airLabel = lab.labelAt(0);
        if (airLabel == 0) {
            notes.add("skin: the corner voxel (0, 0, 0) was not flooded; as in the scripts every unflooded breast "
                    + "voxel counts as 3-D skin");
        }
        MaskOps.andInPlace(lab.regionInto(airLabel, ws), breast, executor);
    }

    /** docs/method.md 2.3, bullet 7: the per-slice rule, slice by slice in parallel (in place on skin). */
    private void skinPerSlice(boolean[] skin, boolean[] breast, boolean[] t, boolean[] b3, Dims dims, boolean foldFound,
            Progress progress) {
        executor.forEach(dims.nz(), z -> {
            progress.checkCancelled();
            skinOfSlice(z, skin, breast, t, b3, dims, foldFound);
        });
        progress.report(0.85, "skin: per slice");
    }

    /**
     * docs/method.md 2.3, bullet 7, on slice z: slice z of {@code skin} becomes {@code sh}. Computed on the
     * bounding box of breast[z]: every mask of this rule lies inside breast[z] (skin and t do, b3 is part of
     * breast), and the labelling, LCC, band and the dilation (used only where t is set) give the same values
     * on the box as on the slice. An empty breast slice has no skin, so there is nothing to do.
     */
    private void skinOfSlice(int z, boolean[] skin, boolean[] breast, boolean[] t, boolean[] b3, Dims dims,
            boolean foldFound) {
        SliceCrop box = SliceCrop.of(breast, dims, z);
        if (box == null) {
            return;
        }
        TaskExecutor seq = TaskExecutor.sequential();
        int dil = settings.skin().dilation();
        boolean[] sh = Morphology.dilate(box.crop(skin), box.dims(), 1, dil, dil, seq);
        MaskOps.orInPlace(MaskOps.andInPlace(sh, box.crop(t), seq), box.crop(b3), seq);
        sh = componentOfFullestRow(sh, box.dims());
        boolean[] breastBox = box.crop(breast);
        closeIslands(sh, breastBox, box.dims());
        if (!foldFound) {
            int n = settings.skin().outerBand();
            boolean[] b25 = opencvBand(n) ? box.cropSlice(OpenCvContourBand.sliceBand(breast, dims, z, n))
                    : ContourBand.band(breastBox, box.dims(), n, seq);
            MaskOps.andInPlace(sh, b25, seq);
        }
        box.replaceSlice(sh, skin);
    }

    /**
     * The 8-connected component of {@code sh} that holds the first set pixel of the row with the most set
     * pixels; all false for an empty {@code sh}.
     */
    private static boolean[] componentOfFullestRow(boolean[] sh, Dims slice) {
        int seed = firstPixelOfFullestRow(sh, slice.ny(), slice.nx());
        if (seed < 0) {
            return sh;
        }
        return ConnectedComponents.componentOf(sh, slice, Connectivity.FULL, seed, TaskExecutor.sequential());
    }

    /**
     * Adds to {@code sh} every breast pixel outside the largest 8-connected component of breast AND NOT sh:
     * the other components of breast AND NOT sh (the breast pixels of sh are in sh already).
     */
    private static void closeIslands(boolean[] sh, boolean[] breast, Dims slice) {
        TaskExecutor seq = TaskExecutor.sequential();
        ConnectedComponents.Components rest = ConnectedComponents.components(MaskOps.andNot(breast, sh, seq), slice,
                Connectivity.FULL, seq);
        boolean[] islands = new boolean[rest.count() + 1];
        java.util.Arrays.fill(islands, true);
        islands[rest.largest()] = false;
        MaskOps.orInPlace(sh, rest.select(islands, seq), seq);
    }

    /** docs/method.md 2.3, bullet 8: from slice {@code int(0.4 L)} on, {@code sh = sh AND b9}. */
    private void cutToMiddleBand(boolean[] sh, boolean[] b9, Dims dims) {
        int from = MethodOps.truncate(settings.skin().middleBandFromFraction() * dims.nz());
        MaskOps.andSlicesInPlace(sh, b9, dims, from, dims.nz(), executor);
    }

    /** docs/method.md 2.3, bullet 9: {@code sh OR b3 OR nipple}, restricted to label 1, becomes 3. */
    private long writeSkin(boolean[] sh, boolean[] b3, boolean[] nipple, byte[] labels) {
        MaskOps.orInPlace(MaskOps.orInPlace(sh, b3, executor), nipple, executor);
        return LabelOps.replace(labels, sh, LabelCode.FAT, LabelCode.SKIN, executor);
    }

    /**
     * Flat index of the first set pixel of the row with the most set pixels (the first such row on
     * ties, as numpy argmax), or -1 if the slice is empty.
     */
    static int firstPixelOfFullestRow(boolean[] slice, int ny, int nx) {
        int bestRow = -1;
        int bestCount = 0;
        for (int y = 0; y < ny; y++) {
            int c = 0;
            for (int x = 0, i = y * nx; x < nx; x++, i++) {
                if (slice[i]) {
                    c++;
                }
            }
            if (c > bestCount) {
                bestCount = c;
                bestRow = y;
            }
        }
        if (bestRow < 0) {
            return -1;
        }
        for (int x = 0, i = bestRow * nx; x < nx; x++, i++) {
            if (slice[i]) {
                return i;
            }
        }
        return -1;
    }
}
