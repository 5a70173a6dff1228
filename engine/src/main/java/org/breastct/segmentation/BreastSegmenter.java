package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.breastct.imaging.MaskOps;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;

/**
 * The segmentation of docs/method.md section 2: HU volume to label volume, running
 * {@link BreastMaskStage} (2.1), {@link SkinFoldStage} (2.2), {@link SkinStage} (2.3),
 * {@link RibImplantStage} (2.4), {@link MuscleStage} (2.5), {@link DensityEstimate} (2.6) and
 * {@link GlandStage} (2.7) in that order on one shared label array.
 *
 * <p>Progress: one sub-range per stage, weighted by cost; {@link Progress#report} is only called from
 * the calling thread, {@link Progress#isCancelled} also from the executor's workers. Cancellation is
 * checked between stages, between their sub-steps, per slice in per-slice loops and inside the
 * primitives (through a {@link TaskExecutor#cancellable} view of the executor: before each parallel
 * chunk and every 2^16 watershed steps; about 0.1-0.3 s apart on a 400 x 640 x 640 breast on 2
 * cores), and throws {@link org.breastct.progress.CancelledException};
 * nothing is returned and nothing outside this call is changed (the image is only read). Errors about the input
 * are {@link SegmentationException}s naming the breast id.
 *
 * <p>Memory: at the peak, in the skin stage, the caller's image (2 bytes per voxel), labels (1),
 * two or three masks and two int arrays (the squared EDT, which the watershed's bricked state is laid
 * over and the labels written into, see {@link org.breastct.imaging.Watershed#inPlaceLength}; the
 * markers), and briefly the labelling of the markers. Measured with {@code scripts/bench-heap.sh}
 * at 400 x 640 x 640: the smallest heap that finishes is 2554-2625 MiB (16.3-16.8 bytes per voxel,
 * plain and with implant + 3 ribs, over repeated bisections), so -Xmx4g leaves room. Temporaries
 * are dropped as soon as a step is done; masks that are cheap to make again (t and band(3) of 2.3,
 * tf of 2.5) are dropped during the watersheds. The result does not depend on the executor's thread
 * count. An instance holds only the settings and the executor, so concurrent calls on one instance
 * are safe.
 *
 * <p>{@link SegmentationSettings#method()} {@link SegmentationMethod#ROBUST} (optional, robust-mode.md): after
 * 2.3 {@link SkinDepthProfileStage} (R1), then 2.4, then {@link ChestWallSlabMuscleStage} (R2) instead of
 * {@link MuscleStage}, then, with an implant, {@link ImplantShellStage} (R3), then 2.6 and 2.7. R1 is timed
 * with Skin, R3 with Silicone. The default {@link SegmentationMethod#PUBLISHED} runs none of them. Robust mode
 * keeps {@code breast} (1 byte per voxel) until R2 and adds a float Gaussian (4 bytes per voxel) in R2.
 *
 * <p>{@link SegmentationSettings#writeFoldLabel()}: after 2.7, fold voxels (of the cropped fold volume)
 * still labelled fat, glands or skin become 6. The scripts never do this.
 */
public final class BreastSegmenter {

    /** Ends of the stages' progress ranges, weighted by their measured share of the time. */
    private static final double P_BREAST = 0.02;
    private static final double P_FOLD = 0.05;
    private static final double P_SKIN = 0.60;
    private static final double P_RIB = 0.66;
    private static final double P_MUSCLE = 0.90;

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    public BreastSegmenter(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public SegmentationSettings settings() {
        return settings;
    }

    /**
     * Segments one breast.
     *
     * @param image    int16 HU volume, slice 0 at the chest wall (read only)
     * @param progress progress and cancellation ({@link Progress#NONE} for none)
     * @throws SegmentationException                     if the volume holds no tissue or slice 0 is empty
     * @throws org.breastct.progress.CancelledException if cancelled
     */
    public SegmentationResult segment(ShortVolume image, Progress progress) {
        long start = System.nanoTime();
        Dims dims = image.dims();
        List<String> notes = new ArrayList<>();
        progress.checkCancelled();
        // the stages' primitives check for cancellation through the executor (between chunks and in
        // their sequential loops), so a cancel takes effect within a fraction of a second
        TaskExecutor executor = this.executor.cancellable(progress::isCancelled);
        progress.report(0, "breast mask");

        BreastMaskStage.Result mask = new BreastMaskStage(settings, executor).run(image);
        boolean[] breast = mask.breast();
        byte[] labels = mask.labels();
        mask = null; // the results of the stages hold big arrays: drop each as soon as it is used
        progress.report(P_BREAST, "skin fold");
        progress.checkCancelled();

        long t = System.nanoTime();
        SkinFoldStage.Result fold = new SkinFoldStage(settings, executor).run(image, breast,
                progress.sub(P_BREAST, P_FOLD));
        double foldSeconds = seconds(t);
        notes.addAll(fold.notes());
        progress.report(P_FOLD, "skin");
        progress.checkCancelled();

        t = System.nanoTime();
        SkinStage.Result skin = new SkinStage(settings, executor).run(image, breast, labels, fold.chestCentre(),
                fold.foldFound(), progress.sub(P_FOLD, P_SKIN));
        notes.addAll(skin.notes());
        boolean robust = settings.method() == SegmentationMethod.ROBUST;
        if (robust) {
            progress.checkCancelled();
            notes.addAll(new SkinDepthProfileStage(settings, executor).run(image, breast, labels, fold.foldFound(),
                    progress.sub(P_SKIN, P_SKIN)).notes());
        }
        double skinSeconds = seconds(t);
        boolean[] breastSlice0 = MaskOps.copySlice(breast, dims, 0);
        boolean[] breastForRobust = robust ? breast : null;
        breast = null;
        progress.report(P_SKIN, "ribs and implant");
        progress.checkCancelled();

        t = System.nanoTime();
        RibImplantStage.Result ribs = new RibImplantStage(settings, executor).run(image, labels, skin.b9(),
                progress.sub(P_SKIN, P_RIB));
        double ribAndImplantSeconds = seconds(t);
        skin = null;
        notes.addAll(ribs.notes());
        progress.report(P_RIB, "muscle");
        progress.checkCancelled();

        t = System.nanoTime();
        boolean muscleFound;
        if (robust) {
            ChestWallSlabMuscleStage.Result muscle = new ChestWallSlabMuscleStage(settings, executor).run(image,
                    breastForRobust, labels, progress.sub(P_RIB, P_MUSCLE));
            breastForRobust = null;
            notes.addAll(muscle.notes());
            muscleFound = muscle.found();
        } else {
            MuscleStage.Result muscle = new MuscleStage(settings, executor).run(image, labels, breastSlice0, ribs,
                    progress.sub(P_RIB, P_MUSCLE));
            notes.addAll(muscle.notes());
            muscleFound = muscle.found();
        }
        double muscleSeconds = seconds(t);
        boolean ribFound = ribs.ribFound();
        boolean implantFound = ribs.implantFound();
        double silicone = Math.min(ribs.siliconeSeconds(), ribAndImplantSeconds);
        if (robust && implantFound) {
            progress.checkCancelled();
            t = System.nanoTime();
            notes.addAll(new ImplantShellStage(settings, executor).run(image, labels,
                    progress.sub(P_MUSCLE, P_MUSCLE)).notes());
            double shellSeconds = seconds(t);
            silicone += shellSeconds;
            ribAndImplantSeconds += shellSeconds;
        }
        ribs = null;
        progress.report(P_MUSCLE, "glands");
        progress.checkCancelled();

        t = System.nanoTime();
        DensityEstimate.Result density = new DensityEstimate(executor).run(image, labels);
        GlandStage.Result glands = new GlandStage(settings, executor).run(image, labels, density,
                progress.sub(P_MUSCLE, 1));
        double glandSeconds = seconds(t);
        notes.addAll(glands.notes());
        progress.checkCancelled();

        MaskVolume foldVolume = null;
        if (fold.fold() != null) {
            Dims foldDims = new Dims(fold.foldSlices(), dims.ny(), dims.nx());
            foldVolume = new MaskVolume(image.id(), foldDims, image.spacing(), fold.fold());
            if (settings.writeFoldLabel()) {
                writeFoldLabel(labels, fold.fold());
            }
        }
        ByteVolume labelVolume = new ByteVolume(image.id(), dims, image.spacing(), labels);
        StageTimes times = new StageTimes(seconds(start), glandSeconds, skinSeconds, muscleSeconds,
                ribAndImplantSeconds - silicone, foldSeconds, silicone);
        progress.report(1, "done");
        return new SegmentationResult(labelVolume, foldVolume, times, fold.foldFound(), ribFound, implantFound,
                muscleFound, density.g0(), notes);
    }

    /** Fold voxels still labelled fat, glands or skin become 6 (the fold covers the first slices). */
    private void writeFoldLabel(byte[] labels, boolean[] fold) {
        executor.forRange(fold.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (fold[i] && (labels[i] == LabelCode.FAT || labels[i] == LabelCode.GLANDS
                        || labels[i] == LabelCode.SKIN)) {
                    labels[i] = LabelCode.SKIN_FOLD;
                }
            }
        });
    }

    private static double seconds(long since) {
        return Math.max(0, (System.nanoTime() - since) / 1e9);
    }
}
