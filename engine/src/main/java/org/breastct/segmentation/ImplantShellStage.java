package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.breastct.imaging.Morphology;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;

/**
 * Robust mode R3 (robust-mode.md), the implant's partial-volume shell; only with
 * {@link SegmentationMethod#ROBUST}, only if 2.4 found an implant, after R2 and before 2.6.
 *
 * <p>Starting from {@code imp = (mask == 7)}, twice: {@code imp = dilate 3 (imp) AND img > -100 AND mask in
 * {1, 7}} (3x3x3 cube, outside the array background; -100 HU is {@link SegmentationSettings#muscleHu()});
 * then {@code mask[imp] = 7}. The published muscle step covered this shell with its 19-voxel dilation of
 * the implant; without it, 2.7 would call the shell glands.
 */
public final class ImplantShellStage {

    /** R3: the 3x3x3 cube of the shell dilation. */
    public static final int SHELL_DILATION = 3;
    /** R3: the shell dilation is applied twice. */
    public static final int SHELL_STEPS = 2;

    /**
     * @param shellVoxels voxels that became 7 (they were 1 before)
     * @param notes       human-readable remarks
     */
    public record Result(long shellVoxels, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    public ImplantShellStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image    the HU image
     * @param labels   label volume after R2, modified in place
     * @param progress cancelled between the steps
     */
    public Result run(ShortVolume image, byte[] labels, Progress progress) {
        Dims dims = image.dims();
        short[] img = image.data();
        boolean[] imp = MethodOps.labelIs(labels, LabelCode.IMPLANT, executor);
        int th = settings.muscleHu();
        for (int step = 0; step < SHELL_STEPS; step++) {
            boolean[] grown = Morphology.dilate(imp, dims, SHELL_DILATION, executor);
            executor.forRange(grown.length, (from, to) -> {
                for (int i = from; i < to; i++) {
                    grown[i] = grown[i] && img[i] > th
                            && (labels[i] == LabelCode.FAT || labels[i] == LabelCode.IMPLANT);
                }
            });
            imp = grown;
            progress.checkCancelled();
        }
        boolean[] impF = imp;
        java.util.concurrent.atomic.AtomicLong fatToImplant = new java.util.concurrent.atomic.AtomicLong();
        executor.forRange(imp.length, (from, to) -> {
            long c = 0;
            for (int i = from; i < to; i++) {
                if (impF[i]) {
                    c += labels[i] == LabelCode.FAT ? 1 : 0;
                    labels[i] = LabelCode.IMPLANT;
                }
            }
            fatToImplant.addAndGet(c);
        });
        List<String> notes = new ArrayList<>();
        long shell = fatToImplant.get();
        notes.add("robust implant shell (R3): " + shell + " partial-volume voxels became implant");
        progress.report(1, "robust implant shell: " + shell + " voxels");
        return new Result(shell, notes);
    }
}
