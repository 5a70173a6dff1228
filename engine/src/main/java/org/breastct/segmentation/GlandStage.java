package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.LabelOps;
import org.breastct.imaging.MaskOps;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;

/**
 * docs/method.md 2.7, Glands: threshold region growing from the dense voxels of the fat. Writes 2 into the
 * label volume. {@code tis >= th} below means "label 1 AND img >= th" (the thresholds stay above -1024).
 *
 * <ol>
 * <li>No voxel of tis is {@code >= -51}: no glands. Seeds: the raster-first voxel of every
 * 26-connected component of {@code tis >= -51}.</li>
 * <li>Search: {@code th} goes down from -51 in steps of 5, at most 20 times, and stops after the
 * first step at which {@code count(tis >= th) / N > G0}; {@code thA} is the threshold before the last
 * step, {@code thB} the last one.</li>
 * <li>Candidate A/B: union of the 26-connected components of {@code tis >= thA} / {@code tis >= thB}
 * that contain a seed. Keep the one whose {@code count / N} is closer to G0, A on a tie.</li>
 * <li>With {@link SegmentationSettings#scriptsParity()}, candidate B reproduces the scripts' defect:
 * every component of {@code tis >= thB} whose label number is the thB-label or the thA-label of a seed.</li>
 * </ol>
 * The counts of all thresholds come from one histogram pass; three 3-D component scans follow (seeds, A, B),
 * kept as runs ({@link org.breastct.imaging.ConnectedComponents.Components}, no int label per voxel).
 */
final class GlandStage {

    /**
     * @param found        gland voxels were written
     * @param thresholdA   thA (HU), or the start threshold when there are no glands
     * @param thresholdB   thB (HU), or the start threshold when there are no glands
     * @param keptA        candidate A was kept
     * @param countA       voxels of candidate A
     * @param countB       voxels of candidate B
     * @param glandVoxels  voxels set to 2
     * @param seeds        number of seeds
     * @param notes        human-readable remarks
     */
    record Result(boolean found, int thresholdA, int thresholdB, boolean keptA, long countA, long countB,
            long glandVoxels, int seeds, List<String> notes) {
    }

    /** A candidate: its mask and voxel count. */
    private record Candidate(boolean[] mask, long count) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    GlandStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image    the HU image
     * @param labels   label volume after 2.5, modified in place (1 becomes 2 on glands)
     * @param density  N and G0 from {@link DensityEstimate} on the same labels
     * @param progress cancelled between labellings
     */
    Result run(ShortVolume image, byte[] labels, DensityEstimate.Result density, Progress progress) {
        short[] img = image.data();
        List<String> notes = new ArrayList<>();
        int start = settings.glands().startHu();
        long n = density.tissueVoxels();
        boolean[] fat = LabelOps.equalTo(labels, LabelCode.FAT, executor);
        long[] atLeast = MaskOps.countAtLeastEach(img, fat, start, settings.glands().stepHu(),
                settings.glands().maxIterations(), executor);
        if (n == 0 || atLeast[0] == 0) {
            notes.add("no glands: no fat voxel at or above " + start + " HU");
            return new Result(false, start, start, true, 0, 0, 0, 0, notes);
        }
        int[] seeds = seeds(img, fat, image);
        progress.report(0.3, "glands: " + seeds.length + " seeds");
        progress.checkCancelled();
        int k = searchSteps(atLeast, n, density.g0());
        int thA = start - (k - 1) * settings.glands().stepHu();
        int thB = start - k * settings.glands().stepHu();
        int[] seedLabelsA = new int[seeds.length];
        Candidate a = candidate(img, fat, image, thA, seeds, null, seedLabelsA);
        progress.report(0.6, "glands: candidate A at " + thA + " HU");
        progress.checkCancelled();
        Candidate b = candidate(img, fat, image, thB, seeds, settings.scriptsParity() ? seedLabelsA : null, null);
        boolean keptA = Math.abs((double) a.count() / n - density.g0()) <= Math.abs((double) b.count() / n
                - density.g0());
        long written = LabelOps.write(labels, keptA ? a.mask() : b.mask(), LabelCode.GLANDS, executor);
        progress.report(1, "glands: " + written + " voxels");
        return new Result(written > 0, thA, thB, keptA, a.count(), b.count(), written, seeds.length, notes);
    }

    /** docs/method.md 2.7, bullet 2: the raster-first voxel of each 26-connected component of {@code tis >= -51}. */
    private int[] seeds(short[] img, boolean[] fat, ShortVolume image) {
        ConnectedComponents.Components c = ConnectedComponents.components(atLeast(img, fat,
                settings.glands().startHu()), image.dims(), Connectivity.FULL, executor);
        int[] seeds = new int[c.count()];
        for (int l = 1; l <= c.count(); l++) {
            seeds[l - 1] = c.firstIndex(l);
        }
        return seeds;
    }

    /**
     * docs/method.md 2.7, bullet 3: the number k of 5 HU steps after which {@code count(tis >= th) / N > G0}
     * (at most 20); thA = start - (k-1) step, thB = start - k step.
     */
    private int searchSteps(long[] atLeast, long n, double g0) {
        int k = 0;
        for (int it = 1; it <= settings.glands().maxIterations(); it++) {
            k = it;
            if ((double) atLeast[it] / n > g0) {
                break;
            }
        }
        return k;
    }

    /**
     * docs/method.md 2.7, bullets 4 and 6: the union of the components of {@code tis >= th} that contain a
     * seed; with {@code scriptsLabelsA} (the scripts' defect) also the components whose label number is one
     * of those. {@code seedLabelsOut}, when given, receives the label of each seed.
     */
    private Candidate candidate(short[] img, boolean[] fat, ShortVolume image, int th, int[] seeds,
            int[] scriptsLabelsA, int[] seedLabelsOut) {
        ConnectedComponents.Components lab = ConnectedComponents.components(atLeast(img, fat, th), image.dims(),
                Connectivity.FULL, executor);
        boolean[] keep = new boolean[lab.count() + 1];
        for (int s = 0; s < seeds.length; s++) {
            int l = lab.labelAt(seeds[s]);
            keep[l] = true;
            if (seedLabelsOut != null) {
                seedLabelsOut[s] = l;
            }
        }
        for (int a : scriptsLabelsA == null ? new int[0] : scriptsLabelsA) {
            if (a <= lab.count()) {
                keep[a] = true; // the scripts' defect: a thA label number used as a thB label
            }
        }
        keep[0] = false;
        long count = 0;
        for (int c = 1; c <= lab.count(); c++) {
            count += keep[c] ? lab.size(c) : 0;
        }
        return new Candidate(lab.select(keep, executor), count);
    }

    /** {@code label 1 AND img >= th}. */
    private boolean[] atLeast(short[] img, boolean[] fat, int th) {
        return MaskOps.greaterThanWithin(img, th - 1, fat, executor);
    }
}
