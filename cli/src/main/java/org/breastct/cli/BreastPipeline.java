package org.breastct.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breastct.analysis.GlandularityAnalysis;
import org.breastct.analysis.GlandularityResult;
import org.breastct.io.BreastFileNames;
import org.breastct.io.csv.GlandularityCsv;
import org.breastct.io.csv.IdCsvFile;
import org.breastct.io.csv.SegmentationTimeCsv;
import org.breastct.io.dicom.DicomDiscovery;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesException;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyVolumes;
import org.breastct.io.npy.NpyWriter;
import org.breastct.preprocessing.HuPlausibility;
import org.breastct.progress.Progress;
import org.breastct.render.LabelMode;
import org.breastct.render.LabelPalette;
import org.breastct.render.PngFiles;
import org.breastct.render.RenderSettings;
import org.breastct.render.RepresentativeImageFiles;
import org.breastct.render.RepresentativeImageRenderer;
import org.breastct.render.RepresentativeImages;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.SegmentationResult;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.segmentation.StageTimes;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.VoxelType;

/**
 * The per-breast steps of the authors' batch scripts on files: read one DICOM series (DICOM_to_numpy.py),
 * segment one {@code <uid>.npy} (Breast_Segmentation_run_batch.py) and extract the images and glandularity
 * of one segmented breast (Image_extraction.py). Every file is written atomically by the engine's writers, so an interrupted
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

    /**
     * Reads one discovered breast (its problem, if any, is the error), prints the warnings and, with
     * {@code huCheck}, refuses an image that does not look like HU ({@link HuPlausibility}). The
     * volume's id is the uid.
     */
    static DicomSeries readSeries(DicomDiscovery.BreastFolder breast, DicomReadOptions options, boolean huCheck,
            Progress progress, Console console) throws Exception {
        if (!breast.ok()) {
            throw new DicomSeriesException(breast.problem());
        }
        DicomSeries s = DicomSeriesReader.read(breast.folder(), options, progress);
        for (String w : s.warnings()) {
            console.error(breast.uid() + ": warning: " + w);
        }
        if (huCheck) {
            HuPlausibility.check(s.volume(), "the series in " + breast.folder());
        }
        ShortVolume v = s.volume().with(breast.uid(), s.volume().spacing());
        return new DicomSeries(v, s.cylinderRing(), s.info(), s.warnings());
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

    /** What the segmentation of {@code imageFile} with {@code settings} is made from (for {@link BreastRecord}). */
    static String segmentationSource(Path imageFile, SegmentationSettings settings) throws IOException {
        return BreastRecord.source(imageFile.getFileName() + " " + BreastRecord.signature(imageFile),
                BreastRecord.settings(settings, SegmentationSettings.DEFAULTS));
    }

    /**
     * Whether breast {@code uid} in {@code out} must be segmented (again): null when its segmentation is up to
     * date, else the reason. Up to date means: the label file exists, was made from the same image file (size and
     * modification time) with the same settings, its fold file exists if it had one. Repairs on the way what needs
     * no segmentation: a missing {@code Segmentation_time.csv} row is rewritten from the record; a label file
     * replaced by hand is kept (and what is made from it becomes stale). Outputs without a record (older version,
     * the scripts) are taken as they are if their time row exists.
     */
    static String segmentationStale(String uid, Path out, BreastRecord rec, String source, Console console)
            throws IOException {
        Path seg = out.resolve(BreastFileNames.segmentation(uid));
        if (!Files.isRegularFile(seg)) {
            return "not segmented";
        }
        IdCsvFile times = SegmentationTimeCsv.open(out.resolve(BreastFileNames.SEGMENTATION_TIME_CSV),
                note -> console.error("warning: " + note));
        if (rec.adopted(BreastRecord.SEGMENTED)) {
            var row = times.row(uid);
            if (row.isEmpty()) {
                return "segmentation_" + uid + ".npy has no Segmentation_time.csv row";
            }
            rec.put(BreastRecord.SEGMENTED, source);
            rec.put(BreastRecord.LABELS, BreastRecord.signature(seg));
            rec.put(BreastRecord.FOLD, Boolean.toString(Files.isRegularFile(out.resolve(BreastFileNames.fold(uid)))));
            rec.put(BreastRecord.TIMES, String.join(",", row.get().subList(1, row.get().size())));
            rec.save();
            return null;
        }
        if (!rec.upToDate(BreastRecord.SEGMENTED, source)) {
            return "its image or the settings changed since it was segmented";
        }
        if (Boolean.parseBoolean(rec.get(BreastRecord.FOLD)) && !Files.isRegularFile(out.resolve(
                BreastFileNames.fold(uid)))) {
            return BreastFileNames.fold(uid) + " is missing";
        }
        String labels = BreastRecord.signature(seg);
        boolean changed = false;
        if (!rec.upToDate(BreastRecord.LABELS, labels)) {
            console.info(uid + ": " + seg.getFileName() + " was replaced since it was written; using it");
            rec.put(BreastRecord.LABELS, labels);
            changed = true;
        }
        if (!times.contains(uid)) {
            String t = rec.get(BreastRecord.TIMES);
            if (t == null) {
                return "no Segmentation_time.csv row";
            }
            List<String> row = new ArrayList<>();
            row.add(uid);
            row.addAll(List.of(t.split(",", -1)));
            if (row.size() != SegmentationTimeCsv.HEADER.size()) {
                return "no Segmentation_time.csv row";
            }
            times.put(row);
            console.info(uid + ": rewrote its missing " + BreastFileNames.SEGMENTATION_TIME_CSV + " row");
        }
        if (changed) {
            rec.save();
        }
        return null;
    }

    /**
     * Segments {@code image} and writes into {@code out}, in this order: {@code segmentation_fold_<uid>.npy}
     * (deleted when this segmentation has no fold), the {@code Segmentation_time.csv} row (replacing an older
     * one), {@code segmentation_<uid>.npy} last, then the breast's record (made from {@code source}). An
     * interruption at any point leaves either no label file or a complete breast, so a re-run finishes it.
     */
    static Segmented segment(ShortVolume image, BreastSegmenter segmenter, Path out, BreastRecord rec, String source,
            Console console, Progress progress) throws Exception {
        String uid = image.id();
        SegmentationResult r = segmenter.segment(image, progress.sub(0, 0.9));
        Path fold = out.resolve(BreastFileNames.fold(uid));
        if (r.fold() != null) {
            NpyWriter.write(fold, r.fold(), progress.sub(0.9, 0.92));
        } else {
            Files.deleteIfExists(fold);
        }
        StageTimes t = r.times();
        List<String> row = SegmentationTimeCsv.row(uid, t.total(), t.glands(), t.skin(), t.muscle(), t.rib(),
                t.fold(), t.silicone(), segmenter.settings().method().id());
        SegmentationTimeCsv.open(out.resolve(BreastFileNames.SEGMENTATION_TIME_CSV),
                note -> console.error("warning: " + note)).put(row);
        Path seg = out.resolve(BreastFileNames.segmentation(uid));
        NpyWriter.write(seg, r.labels(), progress.sub(0.92, 0.99));
        rec.put(BreastRecord.SEGMENTED, source);
        rec.put(BreastRecord.LABELS, BreastRecord.signature(seg));
        rec.put(BreastRecord.FOLD, Boolean.toString(r.fold() != null));
        rec.put(BreastRecord.TIMES, String.join(",", row.subList(1, row.size())));
        rec.put(BreastRecord.EXTRACTED, "outdated");
        rec.put(BreastRecord.DICOM, "outdated");
        rec.save();
        progress.report(1, "segmented");
        return new Segmented(uid, image.dims().nz(), r);
    }

    /** What {@link #extract} produced for one breast. */
    record Extracted(String uid, GlandularityResult glandularity, List<Path> pngs) {
    }

    /** What the extraction of a breast is made from: image, labels, fold, render settings and spacing. */
    static String extractionSource(Path imageFile, Path segFile, Path foldFile, RenderSettings render,
            Spacing spacing) throws IOException {
        return BreastRecord.source(BreastRecord.signature(imageFile), BreastRecord.signature(segFile),
                BreastRecord.signature(foldFile), BreastRecord.settings(render, RenderSettings.DEFAULTS),
                spacing.toString());
    }

    /**
     * The segmentation method recorded for {@code uid} in {@code dir}'s {@code Segmentation_time.csv}
     * ({@code published} or {@code robust}), or null when it is not recorded there.
     */
    static String methodOf(String uid, Path dir) throws Exception {
        return SegmentationTimeCsv.methodOf(dir.resolve(BreastFileNames.SEGMENTATION_TIME_CSV), uid).orElse(null);
    }

    /**
     * Writes the six representative PNGs and the {@code Glandularity.csv} row (the scripts' columns first, then
     * the extra ones, last the method: {@code method}, or {@code unknown} when null; replacing an older row of the
     * breast) of one segmented breast into {@code out}, counting the skin fold from {@code fold} (null: none), and
     * records {@code source} in {@code rec}.
     */
    static Extracted extract(ShortVolume image, ByteVolume labels, MaskVolume fold, RenderSettings render, Path out,
            String method, BreastRecord rec, String source, Console console, Progress progress) throws Exception {
        GlandularityResult g = GlandularityAnalysis.analyse(image, labels, fold);
        progress.report(0.3, "glandularity");
        RepresentativeImages images = RepresentativeImageRenderer.render(image, labels, render);
        List<Path> pngs = RepresentativeImageFiles.write(images, out);
        Path legend = out.resolve(LEGEND_FILE);
        if (render.labelMode() != LabelMode.GREY && !Files.exists(legend)) {
            PngFiles.write(LabelPalette.legend(), legend);
        }
        progress.report(0.9, "images");
        GlandularityCsv.open(out.resolve(BreastFileNames.GLANDULARITY_CSV), true,
                note -> console.error("warning: " + note)).put(GlandularityCsv.row(g, true,
                        method != null ? method : GlandularityCsv.UNKNOWN_METHOD));
        rec.put(BreastRecord.EXTRACTED, source);
        rec.save();
        progress.report(1, "extracted");
        return new Extracted(image.id(), g, pngs);
    }

    /** The fold volume {@code segmentation_fold_<uid>.npy} of {@code out}, or null when there is none. */
    static MaskVolume readFold(Path out, String uid, Spacing spacing) throws Exception {
        Path f = out.resolve(BreastFileNames.fold(uid));
        if (!Files.isRegularFile(f)) {
            return null;
        }
        return ((MaskVolume) NpyReader.read(f, VoxelType.BOOL, spacing, Progress.NONE)).with(uid, spacing);
    }

    static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
