package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.breastct.imaging.LabelOps;
import org.breastct.imaging.MaskOps;
import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;

/**
 * What the stages of one segmentation hand to each other (docs/method.md section 2): the image, the
 * label volume, the large masks and the small findings. It owns the large arrays and drops each one as
 * soon as the last stage that reads it has run, so {@link BreastSegmenter} never nulls a variable:
 * {@code breast} lives from 2.1 to 2.3 (to R2 in robust mode; slice 0 is kept for 2.5), {@code b9} from
 * 2.3 to 2.4, the implant mask from 2.4 to 2.5. Reading an array after its release is a programming error
 * ({@link IllegalStateException}). One instance per {@link BreastSegmenter#segment} call, used from the
 * calling thread only.
 */
final class PipelineState {

    /** The columns of {@link StageTimes} that stages add their seconds to. */
    enum Clock {
        FOLD, SKIN, RIB_AND_IMPLANT, SILICONE, MUSCLE, GLANDS
    }

    private final ShortVolume image;
    private final byte[] labels;
    private final List<String> notes = new ArrayList<>();
    private final double[] seconds = new double[Clock.values().length];
    private boolean[] breast;
    private final boolean[] breastSlice0;
    private boolean[] b9;
    private SkinFoldStage.Result fold;
    private RibImplantStage.Result ribs;
    private boolean muscleFound;
    private double densityEstimate = Double.NaN;

    /** The state after 2.1: the breast mask and the label volume it started. */
    PipelineState(ShortVolume image, BreastMaskStage.Result mask) {
        this.image = image;
        this.labels = mask.labels();
        this.breast = mask.breast();
        this.breastSlice0 = MaskOps.copySlice(breast, image.dims(), 0);
    }

    ShortVolume image() {
        return image;
    }

    Dims dims() {
        return image.dims();
    }

    /** The label volume, written in place by every stage. */
    byte[] labels() {
        return labels;
    }

    void note(List<String> stageNotes) {
        notes.addAll(stageNotes);
    }

    void addSeconds(Clock clock, double s) {
        seconds[clock.ordinal()] += s;
    }

    /** {@code breast} of 2.1, until {@link #releaseBreast}. */
    boolean[] breast() {
        return live(breast, "breast");
    }

    /** Drops {@code breast}; its slice 0 stays ({@link #breastSlice0}). */
    void releaseBreast() {
        breast = null;
    }

    /** Slice 0 of {@code breast}, for 2.5's seed. */
    boolean[] breastSlice0() {
        return breastSlice0;
    }

    void fold(SkinFoldStage.Result result) {
        fold = result;
        note(result.notes());
    }

    /** {@code cc} of 2.2. */
    int[] chestCentre() {
        return fold.chestCentre();
    }

    boolean foldFound() {
        return fold.foldFound();
    }

    /** Keeps band(9) of 2.3 for 2.4. */
    void keepB9(boolean[] band9) {
        b9 = band9;
    }

    /** band(9), handed out once (2.4 is its last reader). */
    boolean[] takeB9() {
        boolean[] b = live(b9, "b9");
        b9 = null;
        return b;
    }

    void ribs(RibImplantStage.Result result) {
        ribs = result;
        note(result.notes());
    }

    /** The findings of 2.4, with the implant mask until {@link #releaseImplant}. */
    RibImplantStage.Result ribs() {
        return ribs;
    }

    /** Drops the masks of 2.4's result (2.5 is their last reader); the findings stay. */
    void releaseImplant() {
        ribs = new RibImplantStage.Result(ribs.chestWallTest(), ribs.implantFound(), ribs.ribFound(), null, null,
                ribs.ribVoxels(), ribs.implantVoxels(), ribs.siliconeSeconds(), List.of());
    }

    void muscleFound(boolean found) {
        muscleFound = found;
    }

    void densityEstimate(double g0) {
        densityEstimate = g0;
    }

    /**
     * The outputs ("Outputs of a segmentation"): with {@code writeFoldLabel}, fold voxels still labelled fat,
     * glands or skin become 6 first.
     */
    SegmentationResult result(boolean writeFoldLabel, double totalSeconds, TaskExecutor executor) {
        Dims dims = dims();
        MaskVolume foldVolume = null;
        if (fold.fold() != null) {
            foldVolume = new MaskVolume(image.id(), new Dims(fold.foldSlices(), dims.ny(), dims.nx()),
                    image.spacing(), fold.fold());
            if (writeFoldLabel) {
                writeFoldLabel(fold.fold(), executor);
            }
        }
        double silicone = Math.min(seconds(Clock.SILICONE), seconds(Clock.RIB_AND_IMPLANT));
        StageTimes times = new StageTimes(totalSeconds, seconds(Clock.GLANDS), seconds(Clock.SKIN),
                seconds(Clock.MUSCLE), seconds(Clock.RIB_AND_IMPLANT) - silicone, seconds(Clock.FOLD), silicone);
        return new SegmentationResult(new ByteVolume(image.id(), dims, image.spacing(), labels), foldVolume, times,
                fold.foldFound(), ribs.ribFound(), ribs.implantFound(), muscleFound, densityEstimate, notes);
    }

    /** Fold voxels (the fold covers the first slices) still labelled fat, glands or skin become 6. */
    private void writeFoldLabel(boolean[] foldMask, TaskExecutor executor) {
        boolean[] where = Arrays.copyOf(foldMask, labels.length);
        for (int code : new int[] {LabelCode.FAT, LabelCode.GLANDS, LabelCode.SKIN}) {
            LabelOps.replace(labels, where, code, LabelCode.SKIN_FOLD, executor);
        }
    }

    private double seconds(Clock clock) {
        return seconds[clock.ordinal()];
    }

    private static <T> T live(T array, String name) {
        if (array == null) {
            throw new IllegalStateException(name + " was released already");
        }
        return array;
    }
}
