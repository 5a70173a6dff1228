package org.breastct.segmentation;

import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
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
 * chunk and every 2^16 watershed steps; the measured latency is in docs/benchmarks.md), and throws
 * {@link org.breastct.progress.CancelledException}; nothing is returned and nothing outside this call is
 * changed (the image is only read). Errors about the input are {@link SegmentationException}s naming the
 * breast id.
 *
 * <p>Memory: in the watersheds, the caller's image (2 bytes per voxel), labels (1), two or three masks,
 * one array of the squared EDT of {@link org.breastct.imaging.EdtWatershed}, which the flood writes its
 * labels into (shorts for the skin's capped transform, ints over the slices the muscle's flood reaches)
 * and byte markers (the skin's two markers: the component of the corner voxel and the others,
 * {@link org.breastct.imaging.EdtWatershed#floodFromDeepRegionOf}; the muscle's slice markers);
 * the smallest heap that finishes ({@code scripts/bench-heap.sh}) and where its peak lies are in
 * docs/benchmarks.md. What the stages
 * hand to each other is owned by a {@link PipelineState}, which drops each array after its last reader;
 * a stage's temporaries live in its sub-step methods; masks that are cheap to make again (t and band(3)
 * of 2.3) are dropped during the watershed. The result does not depend on the executor's
 * thread count. An instance holds only the settings and the executor, so concurrent calls on one
 * instance are safe.
 *
 * <p>{@link SegmentationSettings#method()} {@link SegmentationMethod#ROBUST} (optional, docs/method.md
 * "Robust mode"): after 2.3 {@link SkinDepthProfileStage} (R1), then 2.4, then
 * {@link ChestWallSlabMuscleStage} (R2) instead of {@link MuscleStage}, then, with an implant, {@link ImplantShellStage} (R3), then 2.6 and 2.7. R1 is timed
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
        progress.checkCancelled();
        // the stages' primitives check for cancellation through the executor (between chunks and in
        // their sequential loops), so a cancel takes effect within a fraction of a second
        TaskExecutor ex = this.executor.cancellable(progress::isCancelled);
        progress.report(0, "breast mask");
        PipelineState state = new PipelineState(image, new BreastMaskStage(settings, ex).run(image));
        step(progress, P_BREAST, P_FOLD, "skin fold", p -> skinFold(state, ex, p));
        step(progress, P_FOLD, P_SKIN, "skin", p -> skin(state, ex, p));
        step(progress, P_SKIN, P_RIB, "ribs and implant", p -> ribsAndImplant(state, ex, p));
        step(progress, P_RIB, P_MUSCLE, "muscle", p -> muscle(state, ex, p));
        if (robust() && state.ribs().implantFound()) {
            step(progress, P_MUSCLE, P_MUSCLE, "implant shell", p -> implantShell(state, ex, p));
        }
        step(progress, P_MUSCLE, 1, "glands", p -> glands(state, ex, p));
        progress.checkCancelled();
        SegmentationResult result = state.result(settings.writeFoldLabel(), seconds(start), ex);
        progress.report(1, "done");
        return result;
    }

    /** Reports the step's start, checks for cancellation and runs it on its sub-range of the progress. */
    private static void step(Progress progress, double from, double to, String name,
            java.util.function.Consumer<Progress> body) {
        progress.report(from, name);
        progress.checkCancelled();
        body.accept(progress.sub(from, to));
    }

    /** docs/method.md 2.2. */
    private void skinFold(PipelineState s, TaskExecutor ex, Progress p) {
        long t = System.nanoTime();
        s.fold(new SkinFoldStage(settings, ex).run(s.image(), s.breast(), p));
        s.addSeconds(PipelineState.Clock.FOLD, seconds(t));
    }

    /** docs/method.md 2.3, then R1 in robust mode (timed with the skin); breast is dropped unless R2 needs it. */
    private void skin(PipelineState s, TaskExecutor ex, Progress p) {
        long t = System.nanoTime();
        SkinStage.Result skin = new SkinStage(settings, ex).run(s.image(), s.breast(), s.labels(), s.chestCentre(),
                s.foldFound(), p);
        s.note(skin.notes());
        s.keepB9(skin.b9());
        if (robust()) {
            p.checkCancelled();
            s.note(new SkinDepthProfileStage(settings, ex).run(s.image(), s.breast(), s.labels(), s.foldFound(),
                    p.sub(1, 1)).notes());
        } else {
            s.releaseBreast();
        }
        s.addSeconds(PipelineState.Clock.SKIN, seconds(t));
    }

    /** docs/method.md 2.4. */
    private void ribsAndImplant(PipelineState s, TaskExecutor ex, Progress p) {
        long t = System.nanoTime();
        s.ribs(new RibImplantStage(settings, ex).run(s.image(), s.labels(), s.takeB9(), p));
        s.addSeconds(PipelineState.Clock.RIB_AND_IMPLANT, seconds(t));
        s.addSeconds(PipelineState.Clock.SILICONE, s.ribs().siliconeSeconds());
    }

    /** docs/method.md 2.5, or R2 in robust mode. */
    private void muscle(PipelineState s, TaskExecutor ex, Progress p) {
        long t = System.nanoTime();
        if (robust()) {
            ChestWallSlabMuscleStage.Result r = new ChestWallSlabMuscleStage(settings, ex).run(s.image(), s.breast(),
                    s.labels(), p);
            s.releaseBreast();
            s.note(r.notes());
            s.muscleFound(r.found());
        } else {
            MuscleStage.Result r = new MuscleStage(settings, ex).run(s.image(), s.labels(), s.breastSlice0(),
                    s.ribs(), p);
            s.note(r.notes());
            s.muscleFound(r.found());
        }
        s.releaseImplant();
        s.addSeconds(PipelineState.Clock.MUSCLE, seconds(t));
    }

    /** R3 (robust mode, implant found), timed with the implant. */
    private void implantShell(PipelineState s, TaskExecutor ex, Progress p) {
        long t = System.nanoTime();
        s.note(new ImplantShellStage(settings, ex).run(s.image(), s.labels(), p).notes());
        s.addSeconds(PipelineState.Clock.SILICONE, seconds(t));
        s.addSeconds(PipelineState.Clock.RIB_AND_IMPLANT, seconds(t));
    }

    /** docs/method.md 2.6 and 2.7. */
    private void glands(PipelineState s, TaskExecutor ex, Progress p) {
        long t = System.nanoTime();
        DensityEstimate.Result density = new DensityEstimate(ex).run(s.image(), s.labels());
        s.densityEstimate(density.g0());
        s.note(new GlandStage(settings, ex).run(s.image(), s.labels(), density, p).notes());
        s.addSeconds(PipelineState.Clock.GLANDS, seconds(t));
    }

    private boolean robust() {
        return settings.method() == SegmentationMethod.ROBUST;
    }

    private static double seconds(long since) {
        return Math.max(0, (System.nanoTime() - since) / 1e9);
    }
}
