package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.breastct.imaging.CentreOfMass;
import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.ContourBand;
import org.breastct.imaging.Labeling;
import org.breastct.imaging.MaskOps;
import org.breastct.imaging.Morphology;
import org.breastct.imaging.OpenCvContourBand;
import org.breastct.imaging.Watershed;
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
 * <li>{@code b3, b9, b25} = per-slice contour bands of {@code breast} (with the scripts' parity setting
 * OpenCV's drawing of them, see band(...) below);
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
 * Memory: at the watershed 8 bytes per voxel of int arrays (EDT and markers; the EDT array has
 * {@link Watershed#inPlaceLength} entries, so the watershed's bricked state is laid over it and the
 * labels written into it by {@link Watershed#floodInPlace}) besides the masks; {@code t} and
 * {@code b3} are made again after the watershed, {@code b9} is computed after it and {@code b25} per slice.
 * The per-slice part runs in parallel over slices (each slice is independent).
 */
public final class SkinStage {

    /**
     * @param b9          band(9) of every slice of breast (needed by 2.4)
     * @param tipSlice    {@code bL - 1}
     * @param tip         centre of mass (row, col) of the tip slice
     * @param sphereCentre nipple sphere centre (z, row, col)
     * @param skinVoxels  voxels set to 3
     * @param notes       human-readable remarks
     */
    public record Result(boolean[] b9, int tipSlice, int[] tip, int[] sphereCentre, long skinVoxels,
            List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    public SkinStage(SegmentationSettings settings, TaskExecutor executor) {
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
    public Result run(ShortVolume image, boolean[] breast, byte[] labels, int[] cc, boolean foldFound,
            Progress progress) {
        Dims dims = image.dims();
        short[] img = image.data();
        List<String> notes = new ArrayList<>();
        int nz = dims.nz();

        // Tip and nipple sphere.
        int tipSlice = MaskOps.lastSliceContaining(breast, dims, nz - settings.tipSearchSlices(), nz);
        if (tipSlice < 0) {
            tipSlice = MaskOps.lastSliceContaining(breast, dims, 0, nz);
            notes.add("skin: no breast voxel in the last " + settings.tipSearchSlices()
                    + " slices; the tip is taken on the last slice with breast voxels, " + tipSlice);
        }
        int[] tip = CentreOfMass.ofSlice(breast, dims, tipSlice);
        int bL = tipSlice + 1;
        double kz = bL;
        double ky = tip[0] - cc[0];
        double kx = tip[1] - cc[1];
        double norm = Math.sqrt(kz * kz + ky * ky + kx * kx);
        int off = settings.nippleOffset();
        int[] centre = {nz + MethodOps.truncate(off * (kz / norm)), tip[0] + MethodOps.truncate(off * (ky / norm)),
            tip[1] + MethodOps.truncate(off * (kx / norm))};
        Sphere sphere = new Sphere(centre, settings.nippleRadius());

        // The watershed mask; t and b3 are dropped during the watershed (memory) and made again after it.
        int[][] boxes = MethodOps.sliceBoxes(breast, dims, executor); // bands and the per-slice part use them
        boolean[] ws = watershedMask(img, breast, boxes, sphere, dims, progress);

        // Watershed from the deep regions. Distances above depth + 1 do not matter, so the transform is
        // capped there (same markers, same flooding order; see floodCap).
        int[] priority = MethodOps.squaredEdtForFlood(ws, dims, floodCap(settings.skinMarkerEdt()), executor);
        progress.report(0.35, "skin: distance transform");
        progress.checkCancelled();
        long markerSq = (long) settings.skinMarkerEdt() * settings.skinMarkerEdt();
        Labeling markers = deepRegions(priority, markerSq, dims); // priority may be longer than dims.size()
        progress.report(0.45, "skin: " + markers.count() + " watershed markers");
        progress.checkCancelled();
        MethodOps.negate(priority, executor);
        // the priorities are dead after the flood: the labels are written over them (no output array)
        int[] lab = Watershed.floodInPlace(priority, markers.labels(), ws, dims, Connectivity.FACE, executor);
        priority = null;
        markers = null;
        progress.report(0.7, "skin: watershed");
        progress.checkCancelled();
        int airLabel = lab[0];
        if (airLabel == 0) {
            notes.add("skin: the corner voxel (0, 0, 0) was not flooded; as in the scripts every unflooded breast "
                    + "voxel counts as 3-D skin");
        }
        boolean[] b3 = band(breast, dims, boxes, settings.innerBand());
        boolean[] skin3d = ws; // reused: ws_mask is not needed any more
        regionOrBand(lab, airLabel, breast, b3, skin3d);
        lab = null;
        boolean[] t = dense(img, breast, b3);
        boolean[] b9 = band(breast, dims, boxes, settings.middleBand());
        progress.report(0.8, "skin: band(" + settings.middleBand() + ")");
        progress.checkCancelled();

        // Per slice, on the bounding box of breast[z]: every mask of this part lies inside breast[z], and
        // band, labelling, LCC and the dilation (whose values are only used where t, inside breast, is
        // set) give the same values on the box as on the slice (raster order is kept, so ties too).
        int b9From = MethodOps.truncate(settings.skinB9SliceFraction() * nz);
        AtomicLong written = new AtomicLong();
        executor.forRange(nz, (from, to) -> {
            for (int z = from; z < to; z++) {
                progress.checkCancelled();
                written.addAndGet(skinSlice(z, boxes[z], dims, breast, t, b3, b9, skin3d, labels, sphere,
                        foldFound, z >= b9From));
            }
        });
        progress.report(1, "skin: done");
        return new Result(b9, tipSlice, tip, centre, written.get(), notes);
    }

    /**
     * The per-slice rule of 2.3 on slice z, restricted to the bounding box of breast[z]; writes 3 into
     * labels and returns the number of voxels written.
     */
    private long skinSlice(int z, int[] bbox, Dims dims, boolean[] breast, boolean[] t, boolean[] b3, boolean[] b9,
            boolean[] skin3d, byte[] labels, Sphere sphere, boolean foldFound, boolean cutB9) {
        if (bbox == null) {
            return 0; // no breast pixel: sh would be empty, and no skin (the scripts' label-0 defect is moot)
        }
        int nx = dims.nx();
        int o = z * dims.sliceSize();
        int y0 = bbox[0];
        int y1 = bbox[1];
        int x0 = bbox[2];
        int x1 = bbox[3];
        int h = y1 - y0 + 1;
        int w = x1 - x0 + 1;
        int n = h * w;
        Dims box = Dims.slice(h, w);
        TaskExecutor seq = TaskExecutor.sequential();
        boolean[] breastBox = MethodOps.crop(breast, dims, z, bbox);
        int dil = settings.skinDilation();
        boolean[] sh = Morphology.dilate(MethodOps.crop(skin3d, dims, z, bbox), box, 1, dil, dil, seq);
        for (int y = 0, p = 0; y < h; y++) {
            for (int x = 0, i = o + (y0 + y) * nx + x0; x < w; x++, p++, i++) {
                sh[p] = (sh[p] && t[i]) || b3[i];
            }
        }
        int seed = firstPixelOfFullestRow(sh, h, w);
        if (seed < 0) {
            return 0; // cannot happen (sh contains band(3) of a non-empty slice); an empty sh means no skin
        }
        int[] shLab = ConnectedComponents.label(sh, box, Connectivity.FULL, seq).labels();
        int keep = shLab[seed];
        for (int p = 0; p < n; p++) {
            sh[p] = shLab[p] == keep;
        }
        boolean[] rest = new boolean[n];
        for (int p = 0; p < n; p++) {
            rest[p] = breastBox[p] && !sh[p];
        }
        boolean[] restLcc = ConnectedComponents.largest(rest, box, Connectivity.FULL, seq);
        for (int p = 0; p < n; p++) {
            if (breastBox[p] && !restLcc[p]) {
                sh[p] = true; // skin islands
            }
        }
        if (!foldFound) {
            boolean[] b25 = opencvBand(settings.outerBand())
                    ? MethodOps.crop(OpenCvContourBand.sliceBand(breast, dims, z, settings.outerBand()),
                            new Dims(1, dims.ny(), dims.nx()), 0, bbox)
                    : ContourBand.band(breastBox, box, settings.outerBand(), seq);
            for (int p = 0; p < n; p++) {
                sh[p] &= b25[p];
            }
        }
        long count = 0;
        for (int y = 0, p = 0; y < h; y++) {
            for (int x = 0, i = o + (y0 + y) * nx + x0; x < w; x++, p++, i++) {
                boolean v = sh[p] && (!cutB9 || b9[i]);
                v = v || b3[i] || (t[i] && sphere.contains(z, y0 + y, x0 + x));
                if (v && labels[i] == LabelCode.FAT) {
                    labels[i] = LabelCode.SKIN;
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * band(n) of every slice of breast (docs/method.md, Conventions): the exact distance band, or with the
     * scripts' parity setting ({@link SegmentationSettings#scriptsGlandRule()}) OpenCV's drawing as the
     * scripts make it, pixel for pixel ({@link OpenCvContourBand}, on whole slices: its clipping depends on
     * the slice size).
     */
    private boolean[] band(boolean[] breast, Dims dims, int[][] boxes, int n) {
        return opencvBand(n) ? OpenCvContourBand.band(breast, dims, n, executor)
                : MethodOps.bandInBoxes(breast, dims, boxes, n, executor);
    }

    /**
     * Whether band(n) is OpenCV's drawing: with the scripts' parity setting, for n &gt;= 2 (for n = 1 the
     * scripts draw a one-pixel line without clipping it to the mask, which is not emulated; the exact
     * band is used).
     */
    private boolean opencvBand(int n) {
        return settings.scriptsGlandRule() && n >= 2;
    }

    /** {@code t = (img > -180 AND breast) OR b3}. */
    private boolean[] dense(short[] img, boolean[] breast, boolean[] b3) {
        int skinHu = settings.skinHu();
        boolean[] t = new boolean[img.length];
        executor.forRange(img.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                t[i] = (img[i] > skinHu && breast[i]) || b3[i];
            }
        });
        return t;
    }

    /** {@code ws_mask = ((erode3 5*(t) OR b3) AND NOT sphere) OR NOT breast}, as a new mask. */
    private boolean[] watershedMask(short[] img, boolean[] breast, int[][] boxes, Sphere sphere, Dims dims,
            Progress progress) {
        boolean[] b3 = band(breast, dims, boxes, settings.innerBand());
        progress.report(0.08, "skin: band(" + settings.innerBand() + ")");
        progress.checkCancelled();
        boolean[] ws = MethodOps.erode3Star(dense(img, breast, b3), dims, settings.erosionSize(), executor);
        progress.report(0.2, "skin: erosion");
        progress.checkCancelled();
        int ny = dims.ny();
        int nx = dims.nx();
        executor.forRange(dims.nz(), (from, to) -> {
            for (int z = from; z < to; z++) {
                for (int y = 0; y < ny; y++) {
                    int row = (z * ny + y) * nx;
                    for (int x = 0; x < nx; x++) {
                        int i = row + x;
                        boolean inner = (ws[i] || b3[i]) && !sphere.contains(z, y, x);
                        ws[i] = inner || !breast[i];
                    }
                }
            }
        });
        return ws;
    }

    /**
     * The squared EDT above which the skin watershed does not depend on the value: {@code (depth + 1)^2}
     * for markers {@code EDT > depth}. Capping at it keeps every marker (cap &gt; depth^2) and every
     * priority the flood queues exactly: it queues only non-markers (EDT &lt;= depth) and markers next
     * to one, whose EDT is at most depth + 1 (the EDT changes by at most 1 between neighbours); the
     * lower bound of the queue's priority range may move, which shifts every bucket alike.
     */
    static int floodCap(int depth) {
        long d = Math.abs((long) depth) + 1;
        return (int) Math.min(d * d, org.breastct.imaging.DistanceTransform.NO_BACKGROUND);
    }

    /** {@code label(squaredEdt > markerSq)}, 26-connected: the watershed markers. */
    private Labeling deepRegions(int[] squaredEdt, long markerSq, Dims dims) {
        boolean[] deep = new boolean[dims.size()];
        executor.forRange(deep.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                deep[i] = squaredEdt[i] > markerSq;
            }
        });
        return ConnectedComponents.label(deep, dims, Connectivity.FULL, executor);
    }

    /** {@code out = (lab == region AND breast) OR b3}. */
    private void regionOrBand(int[] lab, int region, boolean[] breast, boolean[] b3, boolean[] out) {
        executor.forRange(out.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = (lab[i] == region && breast[i]) || b3[i];
            }
        });
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

    /** The nipple sphere: (z-cz)^2 + (y-cy)^2 + (x-cx)^2 <= r^2, boundary included. */
    record Sphere(int[] centre, int radius) {
        boolean contains(int z, int y, int x) {
            long dz = z - centre[0];
            long dy = y - centre[1];
            long dx = x - centre[2];
            return dz * dz + dy * dy + dx * dx <= (long) radius * radius;
        }
    }
}
