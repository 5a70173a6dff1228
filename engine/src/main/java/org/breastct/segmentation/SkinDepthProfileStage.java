package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.breastct.imaging.DistanceTransform;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;

/**
 * Robust mode R1 (docs/method.md, "Robust mode"), skin thickness from the 3-D depth profile; runs at the end of 2.3,
 * before 2.4, only with {@link SegmentationMethod#ROBUST}. Turns skin (3) deeper than the measured skin
 * thickness back into tissue (1).
 *
 * <ol>
 * <li><b>Depth</b>: {@code D} = EDT (unit spacing) of {@code breast}. docs/method.md computes it with one
 * extra slice of foreground before slice 0 and no padding elsewhere; that slice holds no background, so no
 * distance changes and the plain EDT of {@code breast} (whose array border is not background) is the same
 * {@code D}.</li>
 * <li><b>Profile</b>: {@link DepthProfile} per slice and layer 1..15.</li>
 * <li><b>Thickness</b>: global {@code Tg = thick(slices >= int(0.15 L))}; ten slabs with edges
 * {@code int(linspace(0, L, 11))}; each slab's {@code T = thick(slab)} if defined and its contrast is above
 * 50 HU, else {@code Tg}. If {@code Tg} is undefined, R1 changes nothing (a note says so).</li>
 * <li><b>Skin beyond the thickness</b>: every voxel labelled 3 of a slab with {@code D > T} becomes 1; when
 * 2.2 found a fold, the first {@code lenfold = int(0.2 L)} slices are left alone.</li>
 * </ol>
 */
final class SkinDepthProfileStage {

    /** R1: the global profile uses the slices from {@code int(0.15 L)} on. */
    public static final double GLOBAL_FROM_FRACTION = 0.15;
    /** R1: number of slabs along z. */
    public static final int SLABS = 10;
    /** R1: a slab's own thickness counts only with a contrast above 50 HU. */
    public static final double MIN_CONTRAST_HU = 50;

    /**
     * @param globalThickness Tg, NaN when undefined (then nothing changed)
     * @param slabEdges       the 11 slab edges
     * @param slabThickness   T per slab (NaN when Tg is undefined)
     * @param slabOwn         whether the slab used its own thickness (else Tg)
     * @param voxelsToTissue  skin voxels turned into tissue
     * @param notes           human-readable remarks
     */
    record Result(double globalThickness, int[] slabEdges, double[] slabThickness, boolean[] slabOwn,
            long voxelsToTissue, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    SkinDepthProfileStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image     the HU image
     * @param breast    from {@link BreastMaskStage}
     * @param labels    label volume after 2.3, modified in place (3 becomes 1 beyond the thickness)
     * @param foldFound whether 2.2 found a fold
     * @param progress  cancelled between sub-steps
     */
    Result run(ShortVolume image, boolean[] breast, byte[] labels, boolean foldFound, Progress progress) {
        Dims dims = image.dims();
        int nz = dims.nz();
        List<String> notes = new ArrayList<>();
        int[] depthSq = DistanceTransform.squared(breast, dims, executor);
        progress.report(0.5, "robust skin: depth");
        progress.checkCancelled();
        DepthProfile profile = DepthProfile.of(image.data(), breast, depthSq, dims, executor);

        int[] edges = slabEdges(nz);
        double[] slabT = new double[SLABS];
        boolean[] own = new boolean[SLABS];
        DepthProfile.Thickness global = DepthProfile.thick(
                profile.prof(MethodOps.truncate(GLOBAL_FROM_FRACTION * nz), nz));
        if (global == null) {
            java.util.Arrays.fill(slabT, Double.NaN);
            notes.add("robust skin (R1): the global depth profile gives no thickness; skin left as 2.3 made it");
            return new Result(Double.NaN, edges, slabT, own, 0, notes);
        }
        for (int s = 0; s < SLABS; s++) {
            DepthProfile.Thickness t = DepthProfile.thick(profile.prof(edges[s], edges[s + 1]));
            own[s] = t != null && t.contrast() > MIN_CONTRAST_HU;
            slabT[s] = own[s] ? t.thickness() : global.thickness();
        }
        int keepFrom = foldFound ? MethodOps.truncate(settings.fold().sliceFraction() * nz) : 0;
        long changed = skinBeyondThicknessToTissue(labels, depthSq, dims, edges, slabT, keepFrom);
        notes.add(String.format(Locale.ROOT,
                "robust skin (R1): thickness %.2f voxels overall, per slab %s; %d skin voxels deeper than that "
                        + "became tissue%s", global.thickness(), describe(slabT, own), changed,
                keepFrom > 0 ? " (first " + keepFrom + " slices left alone: fold)" : ""));
        progress.report(1, "robust skin: done");
        return new Result(global.thickness(), edges, slabT, own, changed, notes);
    }

    /** {@code int(linspace(0, L, 11))}: numpy's {@code i * (L / 10)}, the last edge exactly L. */
    static int[] slabEdges(int nz) {
        int[] edges = new int[SLABS + 1];
        double step = nz / (double) SLABS;
        for (int i = 0; i < SLABS; i++) {
            edges[i] = MethodOps.truncate(i * step);
        }
        edges[SLABS] = nz;
        return edges;
    }

    /** Skin voxels of slab s with {@code D > T[s]} become 1 (slices below keepFrom untouched). */
    private long skinBeyondThicknessToTissue(byte[] labels, int[] depthSq, Dims dims, int[] edges, double[] slabT,
            int keepFrom) {
        long[] perSlice = new long[dims.nz()];
        executor.forEach(dims.nz() - Math.min(keepFrom, dims.nz()), s -> {
            int z = keepFrom + s;
            perSlice[z] = skinToTissue(labels, depthSq, dims, z, slabT[slabOf(z, edges)]);
        });
        return java.util.Arrays.stream(perSlice).sum();
    }

    /** The slab of slice z: the s with {@code edges[s] <= z < edges[s + 1]}. */
    private static int slabOf(int z, int[] edges) {
        int s = 0;
        while (z >= edges[s + 1]) {
            s++;
        }
        return s;
    }

    /** On slice z, skin voxels with {@code D > t} become 1; returns how many. */
    private static long skinToTissue(byte[] labels, int[] depthSq, Dims dims, int z, double t) {
        long c = 0;
        for (int i = z * dims.sliceSize(); i < (z + 1) * dims.sliceSize(); i++) {
            if (labels[i] == LabelCode.SKIN && Math.sqrt(depthSq[i]) > t) {
                labels[i] = LabelCode.FAT;
                c++;
            }
        }
        return c;
    }

    private static String describe(double[] t, boolean[] own) {
        StringBuilder b = new StringBuilder("[");
        for (int s = 0; s < t.length; s++) {
            b.append(s == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", t[s])).append(own[s] ? "" : "*");
        }
        return b.append("] (* = overall)").toString();
    }
}
