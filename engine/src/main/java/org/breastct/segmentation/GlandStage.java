package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.Labeling;
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
 * <li>With {@link SegmentationSettings#scriptsGlandRule()}, candidate B reproduces the scripts' defect:
 * every component of {@code tis >= thB} whose label number is the thB-label or the thA-label of a seed.</li>
 * </ol>
 * The counts of all thresholds come from one histogram pass; three 3-D labellings follow (seeds, A, B),
 * never two label arrays alive at once.
 */
public final class GlandStage {

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
    public record Result(boolean found, int thresholdA, int thresholdB, boolean keptA, long countA, long countB,
            long glandVoxels, int seeds, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    public GlandStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image    the HU image
     * @param labels   label volume after 2.5, modified in place (1 becomes 2 on glands)
     * @param density  N and G0 from {@link DensityEstimate} on the same labels
     * @param progress cancelled between labellings
     */
    public Result run(ShortVolume image, byte[] labels, DensityEstimate.Result density, Progress progress) {
        short[] img = image.data();
        List<String> notes = new ArrayList<>();
        int start = settings.glandStartHu();
        int step = settings.glandStepHu();
        int iterations = settings.glandMaxIterations();
        long n = density.tissueVoxels();
        double g0 = density.g0();
        long[] atLeast = countAtLeast(img, labels, start, step, iterations);
        if (n == 0 || atLeast[0] == 0) {
            notes.add("no glands: no fat voxel at or above " + start + " HU");
            return new Result(false, start, start, true, 0, 0, 0, 0, notes);
        }

        // Seeds.
        int[] seeds;
        {
            Labeling l = ConnectedComponents.label(atLeast(img, labels, start), image.dims(), Connectivity.FULL,
                    executor);
            seeds = new int[l.count()];
            for (int c = 1; c <= l.count(); c++) {
                seeds[c - 1] = l.firstIndex(c);
            }
        }
        progress.report(0.3, "glands: " + seeds.length + " seeds");
        progress.checkCancelled();

        // Threshold search.
        int k = 0;
        for (int it = 1; it <= iterations; it++) {
            k = it;
            if ((double) atLeast[it] / n > g0) {
                break;
            }
        }
        int thA = start - (k - 1) * step;
        int thB = start - k * step;

        // Candidate A, kept as a mask; only the seed labels survive the label array.
        boolean[] candA;
        int[] seedLabelsA = new int[seeds.length];
        long countA = 0;
        {
            Labeling la = ConnectedComponents.label(atLeast(img, labels, thA), image.dims(), Connectivity.FULL,
                    executor);
            boolean[] keep = new boolean[la.count() + 1];
            int[] l = la.labels();
            for (int s = 0; s < seeds.length; s++) {
                seedLabelsA[s] = l[seeds[s]];
                keep[l[seeds[s]]] = true;
            }
            keep[0] = false;
            for (int c = 1; c <= la.count(); c++) {
                if (keep[c]) {
                    countA += la.size(c);
                }
            }
            candA = select(l, keep);
        }
        progress.report(0.6, "glands: candidate A at " + thA + " HU");
        progress.checkCancelled();

        // Candidate B.
        Labeling lb = ConnectedComponents.label(atLeast(img, labels, thB), image.dims(), Connectivity.FULL, executor);
        boolean[] keepB = new boolean[lb.count() + 1];
        int[] l = lb.labels();
        for (int seed : seeds) {
            keepB[l[seed]] = true;
        }
        if (settings.scriptsGlandRule()) {
            for (int a : seedLabelsA) {
                if (a <= lb.count()) {
                    keepB[a] = true; // the scripts' defect: a thA label number used as a thB label
                }
            }
        }
        keepB[0] = false;
        long countB = 0;
        for (int c = 1; c <= lb.count(); c++) {
            if (keepB[c]) {
                countB += lb.size(c);
            }
        }
        double dA = Math.abs((double) countA / n - g0);
        double dB = Math.abs((double) countB / n - g0);
        boolean keptA = dA <= dB;
        long written;
        if (keptA) {
            written = MethodOps.write(labels, candA, LabelCode.GLANDS, executor);
        } else {
            candA = null;
            written = MethodOps.write(labels, select(l, keepB), LabelCode.GLANDS, executor);
        }
        progress.report(1, "glands: " + written + " voxels");
        return new Result(written > 0, thA, thB, keptA, countA, countB, written, seeds.length, notes);
    }

    /** {@code label 1 AND img >= th}. */
    private boolean[] atLeast(short[] img, byte[] labels, int th) {
        boolean[] m = new boolean[img.length];
        executor.forRange(img.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                m[i] = labels[i] == LabelCode.FAT && img[i] >= th;
            }
        });
        return m;
    }

    /** {@code keep[labels[i]]} per voxel. */
    private boolean[] select(int[] labels, boolean[] keep) {
        boolean[] m = new boolean[labels.length];
        executor.forRange(labels.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                m[i] = keep[labels[i]];
            }
        });
        return m;
    }

    /**
     * {@code result[k]} = number of voxels labelled 1 with {@code img >= start - k * step},
     * k = 0..iterations, in one pass.
     */
    private long[] countAtLeast(short[] img, byte[] labels, int start, int step, int iterations) {
        long[] total = new long[iterations + 1];
        executor.forRange(img.length, (from, to) -> {
            long[] bucket = new long[iterations + 1];
            for (int i = from; i < to; i++) {
                if (labels[i] == LabelCode.FAT) {
                    int v = img[i];
                    if (v >= start) {
                        bucket[0]++;
                    } else {
                        int k = (start - v + step - 1) / step; // smallest k with start - k*step <= v
                        if (k <= iterations) {
                            bucket[k]++;
                        }
                    }
                }
            }
            synchronized (total) {
                for (int k = 0; k < bucket.length; k++) {
                    total[k] += bucket[k];
                }
            }
        });
        for (int k = 1; k < total.length; k++) {
            total[k] += total[k - 1];
        }
        return total;
    }
}
