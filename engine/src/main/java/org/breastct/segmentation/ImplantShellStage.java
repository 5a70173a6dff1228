package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.breastct.imaging.LabelOps;
import org.breastct.imaging.MaskOps;
import org.breastct.imaging.Morphology;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;

/**
 * Robust mode R3 (docs/method.md, "Robust mode"), the implant's partial-volume shell; only with
 * {@link SegmentationMethod#ROBUST}, only if 2.4 found an implant, after R2 and before 2.6.
 *
 * <p>Starting from {@code imp = (mask == 7)}, twice: {@code imp = dilate 3 (imp) AND img > -100 AND mask in
 * {1, 7}} (3x3x3 cube, outside the array background; -100 HU is {@link Thresholds#muscleHu()});
 * then {@code mask[imp] = 7}. The published muscle step covered this shell with its 19-voxel dilation of
 * the implant; without it, 2.7 would call the shell glands.
 */
final class ImplantShellStage {

    /** R3: the 3x3x3 cube of the shell dilation. */
    public static final int SHELL_DILATION = 3;
    /** R3: the shell dilation is applied twice. */
    public static final int SHELL_STEPS = 2;

    /**
     * @param shellVoxels voxels that became 7 (they were 1 before)
     * @param notes       human-readable remarks
     */
    record Result(long shellVoxels, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    ImplantShellStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image    the HU image
     * @param labels   label volume after R2, modified in place
     * @param progress cancelled between the steps
     */
    Result run(ShortVolume image, byte[] labels, Progress progress) {
        boolean[] imp = LabelOps.equalTo(labels, LabelCode.IMPLANT, executor);
        for (int step = 0; step < SHELL_STEPS; step++) {
            imp = growIntoShell(imp, image, labels);
            progress.checkCancelled();
        }
        long shell = LabelOps.writeCounting(labels, imp, LabelCode.IMPLANT, LabelCode.FAT, executor);
        List<String> notes = new ArrayList<>();
        notes.add("robust implant shell (R3): " + shell + " partial-volume voxels became implant");
        progress.report(1, "robust implant shell: " + shell + " voxels");
        return new Result(shell, notes);
    }

    /** {@code dilate 3 (imp) AND img > -100 AND mask in {1, 7}}, a new mask. */
    private boolean[] growIntoShell(boolean[] imp, ShortVolume image, byte[] labels) {
        boolean[] grown = Morphology.dilate(imp, image.dims(), SHELL_DILATION, executor);
        MaskOps.andGreaterThanInPlace(grown, image.data(), settings.thresholds().muscleHu(), executor);
        return LabelOps.andEqualToEitherInPlace(grown, labels, LabelCode.FAT, LabelCode.IMPLANT, executor);
    }
}
