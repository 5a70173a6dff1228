package org.breastct.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.Phantom;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.phantom.PhantomVariant;
import org.breastct.progress.Progress;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.LabelCode;
import org.breastct.segmentation.SegmentationMethod;
import org.breastct.segmentation.SegmentationSettings;

/**
 * Published method versus robust mode on phantoms with ground truth: each {@link Case} is generated,
 * segmented with both methods (same settings otherwise) and scored with {@link Dice} per label and the
 * segmented glandularity. {@link #standardCases} are the phantoms of the robust-mode test and of
 * {@code breastct compare}: the three standard phantoms of the engine tests and every stress
 * {@link PhantomVariant}.
 */
public final class MethodComparison {

    /** Labels scored: fat, glands, skin, muscle, rib, implant (6, the fold, is not written by default). */
    public static final int[] LABELS = {LabelCode.FAT, LabelCode.GLANDS, LabelCode.SKIN, LabelCode.MUSCLE,
        LabelCode.RIB, LabelCode.IMPLANT};

    /**
     * {@code implantMinVoxels} for the 60 x 240 x 240 implant phantom: a tenth of the truth implant (about
     * 57 000 voxels, {@link PhantomGenerator}), rounded down to 5 000.
     */
    static final long IMPLANT_MIN_VOXELS_240 = 5_000;

    /**
     * One phantom to compare on.
     *
     * @param name     short name for the table
     * @param spec     the phantom
     * @param settings settings for both methods (their method is replaced)
     */
    public record Case(String name, PhantomSpec spec, SegmentationSettings settings) {
    }

    /**
     * Scores of one method on one case.
     *
     * @param dice         Dice per label of {@link #LABELS} (NaN where neither truth nor result holds it)
     * @param glandularity segmented glandularity of the result
     */
    public record Score(double[] dice, double glandularity) {
    }

    /**
     * Both methods on one case.
     *
     * @param truthGlandularity Seg_G of the ground truth
     */
    public record Row(Case kase, Score published, Score robust, double truthGlandularity) {
    }

    private MethodComparison() {
    }

    /**
     * The standard phantoms of the engine tests (plain 60 x 160 x 160 seed 1; fold 60 x 200 x 200 seed 2;
     * two ribs and an implant 60 x 240 x 240 seed 3, with {@code implantMinVoxels} lowered to a tenth of the
     * implant's truth size as {@link PhantomGenerator} advises for small phantoms) and each stress variant
     * on the plain phantom's shape and seed.
     */
    public static List<Case> standardCases() {
        SegmentationSettings d = SegmentationSettings.DEFAULTS;
        PhantomSpec plain = PhantomSpec.DEFAULT.withShape(60, 160, 160);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("plain", plain, d));
        cases.add(new Case("fold", PhantomSpec.DEFAULT.withShape(60, 200, 200).withSeed(2).withFold(true), d));
        cases.add(new Case("ribs+implant", PhantomSpec.DEFAULT.withShape(60, 240, 240).withSeed(3).withRibs(2)
                .withImplant(true), d.withRibs(r -> r.withImplantMinVoxels(IMPLANT_MIN_VOXELS_240))));
        for (PhantomVariant v : PhantomVariant.values()) {
            if (v != PhantomVariant.STANDARD) {
                cases.add(new Case(v.id(), plain.withVariant(v), d));
            }
        }
        return cases;
    }

    /** Generates, segments with both methods and scores one case. */
    public static Row run(Case c, TaskExecutor executor) {
        Phantom p = PhantomGenerator.generate(c.spec(), executor, Progress.NONE);
        byte[] truth = p.truth().data();
        Score[] s = new Score[2];
        SegmentationMethod[] methods = {SegmentationMethod.PUBLISHED, SegmentationMethod.ROBUST};
        for (int m = 0; m < 2; m++) {
            SegmentationSettings st = c.settings().withMethod(methods[m]);
            byte[] labels = new BreastSegmenter(st, executor).segment(p.image(), Progress.NONE).labels().data();
            double[] dice = new double[LABELS.length];
            for (int k = 0; k < LABELS.length; k++) {
                dice[k] = Dice.of(labels, truth, LABELS[k]);
            }
            s[m] = new Score(dice, Dice.glandularity(labels));
        }
        return new Row(c, s[0], s[1], Dice.glandularity(truth));
    }

    /** Header line of {@link #format}. */
    public static String header() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-18s %-9s", "phantom", "method"));
        for (int code : LABELS) {
            b.append(String.format(Locale.ROOT, " %7s", LabelCode.name(code)));
        }
        return b.append(String.format(Locale.ROOT, " %7s", "Seg_G")).toString();
    }

    /** Three lines per row: published, robust and the truth's glandularity ("-" where Dice is undefined). */
    public static List<String> format(Row r) {
        List<String> lines = new ArrayList<>();
        lines.add(line(r.kase().name(), "published", r.published()));
        lines.add(line("", "robust", r.robust()));
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-18s %-9s", "", "truth"));
        for (int k = 0; k < LABELS.length; k++) {
            t.append(String.format(Locale.ROOT, " %7s", ""));
        }
        lines.add(t.append(String.format(Locale.ROOT, " %7.4f", r.truthGlandularity())).toString());
        return lines;
    }

    private static String line(String name, String method, Score s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-18s %-9s", name, method));
        for (double d : s.dice()) {
            b.append(Double.isNaN(d) ? String.format(Locale.ROOT, " %7s", "-")
                    : String.format(Locale.ROOT, " %7.4f", d));
        }
        return b.append(String.format(Locale.ROOT, " %7.4f", s.glandularity())).toString();
    }
}
