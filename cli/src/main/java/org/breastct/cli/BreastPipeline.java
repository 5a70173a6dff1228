package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breastct.analysis.GlandularityAnalysis;
import org.breastct.analysis.GlandularityResult;
import org.breastct.io.BreastFileNames;
import org.breastct.io.csv.GlandularityCsv;
import org.breastct.io.csv.SegmentationTimeCsv;
import org.breastct.io.npy.NpyVolumes;
import org.breastct.io.npy.NpyWriter;
import org.breastct.progress.Progress;
import org.breastct.render.LabelMode;
import org.breastct.render.LabelPalette;
import org.breastct.render.PngFiles;
import org.breastct.render.RenderSettings;
import org.breastct.render.RepresentativeImageFiles;
import org.breastct.render.RepresentativeImageRenderer;
import org.breastct.render.RepresentativeImages;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.LabelCode;
import org.breastct.segmentation.SegmentationResult;
import org.breastct.segmentation.StageTimes;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * The per-breast steps of the authors' batch scripts on files: segment one {@code <uid>.npy}
 * (Breast_Segmentation_run_batch.py) and extract the images and glandularity of one segmented breast
 * (Image_extraction.py). Every file is written atomically by the engine's writers, so an interrupted
 * run leaves no partial output and a re-run finishes what is missing.
 */
final class BreastPipeline {

    /** The colour legend written next to colour / overlay label images. */
    static final String LEGEND_FILE = "label_legend.png";

    private BreastPipeline() {
    }

    /** What {@link #segment} did for one breast. */
    record Segmented(String uid, int slices, SegmentationResult result) {
        String flags() {
            List<String> f = new ArrayList<>();
            if (result.foldFound()) {
                f.add("fold");
            }
            if (result.ribFound()) {
                f.add("rib");
            }
            if (result.implantFound()) {
                f.add("implant");
            }
            if (result.muscleFound()) {
                f.add("muscle");
            }
            return f.isEmpty() ? "-" : String.join("+", f);
        }
    }

    /** True when {@code segmentation_<uid>.npy} exists in {@code out}. */
    static boolean isSegmented(String uid, Path out) {
        return Files.isRegularFile(out.resolve(BreastFileNames.segmentation(uid)));
    }

    /** Help lines of the image options ({@link #imageOptions}). */
    static final String IMAGE_OPTIONS_HELP = """
              --stored-offset N     unsigned .npy images (uint8/uint16) hold HU + N: convert them (e.g. 1024);
                                    without it they are refused
              --no-hu-check         do not refuse images that do not look like HU (under 1 % air voxels)
            """;

    /** {@code --stored-offset N} and {@code --no-hu-check}. */
    static NpyVolumes.ImageOptions imageOptions(Args args) throws UsageException {
        NpyVolumes.ImageOptions o = NpyVolumes.ImageOptions.DEFAULTS;
        if (args.has("stored-offset")) {
            int n = args.intOption("stored-offset", 0);
            if (n < 0 || n > 32768) {
                throw new UsageException("--stored-offset must be 0..32768, got " + n);
            }
            o = o.withStoredOffset(n);
        }
        return o.withCheckPlausible(!args.flag("no-hu-check"));
    }

    /**
     * Reads an HU image {@code <uid>.npy} (int16, converting other signed integer and whole float
     * dtypes when exact; unsigned ones only with a stored-value offset; checked to look like HU):
     * {@link NpyVolumes#readHuImage}.
     */
    static ShortVolume readImage(Path file, NpyVolumes.ImageOptions options, Spacing spacing, Progress progress)
            throws Exception {
        return NpyVolumes.readHuImage(file, options, spacing, progress);
    }

    /** Reads a label volume {@code segmentation_<uid>.npy}, refusing bool and unknown codes. */
    static ByteVolume readLabels(Path file, Spacing spacing, Progress progress) throws Exception {
        return NpyVolumes.readLabels(file, spacing, progress);
    }

    /**
     * Segments {@code image} and writes {@code segmentation_<uid>.npy}, {@code segmentation_fold_<uid>.npy}
     * (when a fold exists) and the {@code Segmentation_time.csv} row into {@code out}. The CSV row is
     * written last, so a breast counts as done only when all its files are there.
     */
    static Segmented segment(ShortVolume image, BreastSegmenter segmenter, Path out, Progress progress)
            throws Exception {
        String uid = image.id();
        SegmentationResult r = segmenter.segment(image, progress.sub(0, 0.9));
        NpyWriter.write(out.resolve(BreastFileNames.segmentation(uid)), r.labels(), progress.sub(0.9, 0.97));
        if (r.fold() != null) {
            NpyWriter.write(out.resolve(BreastFileNames.fold(uid)), r.fold(), progress.sub(0.97, 0.99));
        }
        StageTimes t = r.times();
        SegmentationTimeCsv.append(out.resolve(BreastFileNames.SEGMENTATION_TIME_CSV), uid, t.total(), t.glands(),
                t.skin(), t.muscle(), t.rib(), t.fold(), t.silicone(), segmenter.settings().method().id());
        progress.report(1, "segmented");
        return new Segmented(uid, image.dims().nz(), r);
    }

    /** What {@link #extract} produced for one breast. */
    record Extracted(String uid, GlandularityResult glandularity, List<Path> pngs) {
    }

    /**
     * The segmentation method recorded for {@code uid} in {@code dir}'s {@code Segmentation_time.csv}
     * ({@code published} or {@code robust}), or null when it is not recorded there.
     */
    static String methodOf(String uid, Path dir) throws Exception {
        return SegmentationTimeCsv.methodOf(dir.resolve(BreastFileNames.SEGMENTATION_TIME_CSV), uid).orElse(null);
    }

    /**
     * Writes the six representative PNGs and the {@code Glandularity.csv} row (the scripts' columns
     * first, then the extra ones, last the method: {@code method}, or {@code unknown} when null) of one
     * segmented breast into {@code out}.
     */
    static Extracted extract(ShortVolume image, ByteVolume labels, RenderSettings render, Path out, String method,
            Progress progress) throws Exception {
        GlandularityResult g = GlandularityAnalysis.analyse(image, labels);
        progress.report(0.3, "glandularity");
        RepresentativeImages images = RepresentativeImageRenderer.render(image, labels, render);
        List<Path> pngs = RepresentativeImageFiles.write(images, out);
        Path legend = out.resolve(LEGEND_FILE);
        if (render.labelMode() != LabelMode.GREY && !Files.exists(legend)) {
            PngFiles.write(LabelPalette.legend(), legend);
        }
        progress.report(0.9, "images");
        GlandularityCsv.append(out.resolve(BreastFileNames.GLANDULARITY_CSV), g, true,
                method != null ? method : GlandularityCsv.UNKNOWN_METHOD);
        progress.report(1, "extracted");
        return new Extracted(image.id(), g, pngs);
    }

    /** The label codes present in a result, e.g. {@code fat,glands,skin,muscle}. */
    static String labelsFound(GlandularityResult g) {
        List<String> names = new ArrayList<>();
        for (int code = 1; code <= LabelCode.MAX; code++) {
            if (g.voxels(code) > 0) {
                names.add(LabelCode.name(code));
            }
        }
        return String.join(",", names);
    }

    static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
