package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.breastct.io.BreastFileNames;
import org.breastct.io.csv.GlandularityCsv;
import org.breastct.io.dicom.DicomDiscovery;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesWriter;
import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.io.npy.CylinderRingFiles;
import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyVolumes;
import org.breastct.io.npy.NpyWriter;
import org.breastct.parallel.TaskExecutor;
import org.breastct.render.Plane;
import org.breastct.render.RenderSettings;
import org.breastct.render.RepresentativeImageFiles;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.LabelCode;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * The whole pipeline of the authors' scripts over the breasts of one folder, idempotent: DICOM folders (or
 * existing {@code <uid>.npy}) -> {@code <uid>.npy} -> segmentation -> images + CSVs (+ label DICOM). Each step is
 * skipped when its output exists and is up to date ({@link BreastRecord}), so a re-run redoes what is stale and
 * finishes what an interrupted run left; every file is written atomically, under the output folder's
 * {@link FolderLock}. Used by {@code run} and {@code demo}.
 */
final class WholePipeline {

    private WholePipeline() {
    }

    /** One line of the summary; {@code error} is the message of a failed breast (else null). */
    record Row(String uid, int slices, double seconds, double huG, double segG, String labels, String status,
            String error) {
    }

    /**
     * What a run does: the breasts of {@code in} (DICOM series folders and {@code <uid>.npy} images) into
     * {@code out}, with these settings; {@code command} names the holder of the output folder's lock.
     */
    record Options(String command, Path in, Path out, Input input, SegmentationSettings settings, int threads,
            RenderSettings render, boolean dicomOut, boolean json) {
    }

    /**
     * Runs every breast of {@code o.in()} through all steps ({@link #runOne}) under the output folder's lock and
     * prints the summary table (or JSON); returns the exit code (1 when a breast failed).
     */
    static int run(Options o, Console console) throws Exception {
        Path in = o.in();
        Path out = o.out();
        Files.createDirectories(out);
        Map<String, DicomDiscovery.BreastFolder> dicomFolders = new LinkedHashMap<>();
        DicomDiscovery.Found found = DicomDiscovery.find(in);
        for (String note : found.notes()) {
            console.info(note);
        }
        for (DicomDiscovery.BreastFolder b : found.breasts()) {
            dicomFolders.put(b.uid(), b);
        }
        Map<String, Path> npys = new LinkedHashMap<>();
        for (Path f : BreastFileNames.listImages(in)) {
            npys.put(BreastFileNames.uidOfImage(f.getFileName().toString()), f);
        }
        List<String> uids = new ArrayList<>(dicomFolders.keySet());
        for (String uid : npys.keySet()) {
            if (!uids.contains(uid)) {
                uids.add(uid);
            }
        }
        uids.sort(null);
        if (uids.isEmpty()) {
            throw new UsageException("no DICOM series folders and no <uid>.npy images in " + in);
        }
        List<Row> rows = new ArrayList<>();
        Batch batch = new Batch(console);
        try (FolderLock lock = FolderLock.acquire(out, o.command(), console);
                TaskExecutor ex = TaskExecutor.withThreads(o.threads())) {
            BreastSegmenter segmenter = new BreastSegmenter(o.settings(), ex);
            for (String uid : uids) {
                long start = System.nanoTime();
                boolean ok = batch.run(uid, bar -> {
                    Row r = runOne(uid, dicomFolders.get(uid), npys.get(uid), out, segmenter, o.settings(), o.render(),
                            o.input(), o.dicomOut(), bar, console);
                    rows.add(new Row(r.uid(), r.slices(), (System.nanoTime() - start) / 1e9, r.huG(), r.segG(),
                            r.labels(), r.status(), null));
                    return r.status();
                });
                if (!ok) {
                    rows.add(new Row(uid, 0, (System.nanoTime() - start) / 1e9, Double.NaN, Double.NaN, "", "failed",
                            batch.error(uid)));
                }
            }
        }
        if (o.json()) {
            console.result(json(rows, out));
        } else {
            console.result(table(rows));
            console.result("output: " + out.toAbsolutePath() + " (PNGs img_*/auto_seg_*, " + BreastFileNames.GLANDULARITY_CSV
                    + ", " + BreastFileNames.SEGMENTATION_TIME_CSV + ")");
        }
        return batch.exitCode();
    }

    /** How the inputs are read: NPY images and DICOM series. */
    record Input(NpyVolumes.ImageOptions image, DicomReadOptions dicom) {
    }

    /**
     * All steps of one breast, each done when its output is missing or stale ({@link BreastRecord}): a step whose
     * input changed is redone, and so is everything made from its output.
     */
    static Row runOne(String uid, DicomDiscovery.BreastFolder dicomFolder, Path npy, Path out, BreastSegmenter segmenter,
            SegmentationSettings settings, RenderSettings render, Input input, boolean dicomOut, Console.Bar bar,
            Console console) throws Exception {
        List<String> done = new ArrayList<>();
        BreastRecord rec = BreastRecord.load(out, uid);
        Path imageFile = out.resolve(BreastFileNames.image(uid));
        ShortVolume image = null;
        if (dicomFolder == null && !Files.isRegularFile(imageFile)) {
            imageFile = npy;
        }
        if (dicomFolder != null) {
            String source = BreastRecord.source(BreastRecord.signature(dicomFolder.folder()),
                    BreastRecord.settings(input.dicom(), DicomReadOptions.DEFAULTS));
            boolean exists = Files.isRegularFile(imageFile);
            if (exists && rec.adopted(BreastRecord.CONVERTED)) {
                rec.put(BreastRecord.CONVERTED, source);
                rec.save();
            } else if (!exists || !rec.upToDate(BreastRecord.CONVERTED, source)) {
                DicomSeries series = BreastPipeline.readSeries(dicomFolder, input.dicom(), input.image().checkPlausible(),
                        bar.sub(0, 0.15), console);
                image = series.volume();
                NpyWriter.write(imageFile, image, bar.sub(0.15, 0.2));
                if (series.cylinderRing() != null) {
                    CylinderRingFiles.save(out, series.cylinderRing());
                }
                rec.put(BreastRecord.CONVERTED, source);
                Spacing sp = image.spacing();
                rec.put(BreastRecord.SPACING, sp.z() + "," + sp.y() + "," + sp.x());
                rec.put(BreastRecord.SEGMENTED, "outdated");
                rec.save();
                done.add(exists ? "converted again (DICOM series changed)" : "converted");
            }
        }
        // the voxel size of the DICOM series it was converted from (.npy holds none)
        Spacing spacing = image != null ? image.spacing() : rec.spacing(Spacing.BREAST_CT);
        Path segFile = out.resolve(BreastFileNames.segmentation(uid));
        ByteVolume labels = null;
        String segSource = BreastPipeline.segmentationSource(imageFile, settings);
        String stale = BreastPipeline.segmentationStale(uid, out, rec, segSource, console);
        if (stale != null) {
            if (image == null) {
                image = BreastPipeline.readImage(imageFile, input.image(), spacing, bar.sub(0.15, 0.2)).with(uid, spacing);
            }
            boolean again = Files.exists(segFile);
            BreastPipeline.Segmented s = BreastPipeline.segment(image, segmenter, out, rec, segSource, console,
                    bar.sub(0.2, 0.85));
            labels = s.result().labels();
            done.add((again ? "segmented again (" + stale + "; " : "segmented (") + s.flags() + ")");
        }
        Path foldFile = out.resolve(BreastFileNames.fold(uid));
        String extractSource = BreastPipeline.extractionSource(imageFile, segFile, foldFile, render, spacing);
        boolean extracted = isExtracted(uid, out, console);
        if (extracted && rec.adopted(BreastRecord.EXTRACTED)) {
            rec.put(BreastRecord.EXTRACTED, extractSource);
            rec.save();
        } else if (!extracted || !rec.upToDate(BreastRecord.EXTRACTED, extractSource)) {
            if (image == null) {
                image = BreastPipeline.readImage(imageFile, input.image(), spacing, bar.sub(0.2, 0.3)).with(uid, spacing);
            }
            if (labels == null) {
                labels = BreastPipeline.readLabels(segFile, spacing, bar.sub(0.3, 0.4)).with(uid, spacing);
            }
            BreastPipeline.extract(image, labels, BreastPipeline.readFold(out, uid, spacing), render, out,
                    BreastPipeline.methodOf(uid, out), rec, extractSource, console, bar.sub(0.85, 0.95));
            done.add("extracted");
        }
        Path series = out.resolve(BreastFileNames.labelSeriesFolder(uid));
        Path cylinder = out.resolve(BreastFileNames.CYLINDER_FILE);
        String dicomSource = BreastRecord.source(BreastRecord.signature(segFile), BreastRecord.signature(cylinder));
        boolean written = Files.exists(series);
        if (dicomOut && written && rec.adopted(BreastRecord.DICOM)) {
            rec.put(BreastRecord.DICOM, dicomSource);
            rec.save();
        } else if (dicomOut && (!written || !rec.upToDate(BreastRecord.DICOM, dicomSource))) {
            if (labels == null) {
                labels = BreastPipeline.readLabels(segFile, spacing, bar.sub(0.85, 0.9)).with(uid, spacing);
            }
            DicomWriteOptions o = DicomOutputOptions.withRing(DicomWriteOptions.DEFAULTS.withSeriesDescription(
                    DicomSeriesWriter.labelDescription(BreastPipeline.methodOf(uid, out))), out, labels, uid, console);
            DicomSeriesWriter.writeLabels(labels, series, o, bar.sub(0.95, 1));
            rec.put(BreastRecord.DICOM, dicomSource);
            rec.save();
            done.add(written ? "DICOM written again" : "DICOM written");
        }
        bar.report(1, "done");
        int slices = labels != null ? labels.dims().nz() : (int) NpyReader.readHeader(segFile).shape()[0];
        String status = done.isEmpty() ? "already done" : String.join(", ", done);
        return summaryRow(uid, slices, status, out, console);
    }

    /** HU_G, Seg_G and the labels found, read back from the breast's Glandularity.csv row. */
    static Row summaryRow(String uid, int slices, String status, Path out, Console console) throws Exception {
        var csv = GlandularityCsv.open(out.resolve(BreastFileNames.GLANDULARITY_CSV), true,
                note -> console.error("warning: " + note));
        var row = csv.row(uid).orElse(null);
        if (row == null) {
            return new Row(uid, slices, 0, Double.NaN, Double.NaN, "", status, null);
        }
        List<String> header = csv.header();
        List<String> labels = new ArrayList<>();
        for (int code = 1; code <= LabelCode.MAX; code++) {
            int col = header.indexOf("voxels_" + LabelCode.name(code).replace(' ', '_'));
            if (col >= 0 && col < row.size() && !row.get(col).equals("0")) {
                labels.add(LabelCode.name(code));
            }
        }
        return new Row(uid, slices, 0, parse(row.get(header.indexOf("HU_G"))), parse(row.get(header.indexOf("Seg_G"))),
                String.join(",", labels), status, null);
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** True when all six PNGs and the Glandularity.csv row exist. */
    static boolean isExtracted(String uid, Path out, Console console) throws Exception {
        for (Plane p : Plane.values()) {
            if (!Files.isRegularFile(out.resolve(RepresentativeImageFiles.imageFileName(p, uid)))
                    || !Files.isRegularFile(out.resolve(RepresentativeImageFiles.segmentationFileName(p, uid)))) {
                return false;
            }
        }
        Path csv = out.resolve(BreastFileNames.GLANDULARITY_CSV);
        return Files.isRegularFile(csv)
                && GlandularityCsv.open(csv, true, note -> console.error("warning: " + note)).contains(uid);
    }

    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %6s %8s %7s %7s  %s%n", "uid", "slices", "seconds", "HU_G", "Seg_G",
                "labels found"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-28s %6d %8.1f %7s %7s  %s%n", r.uid(), r.slices(), r.seconds(),
                    BreastPipeline.fmt(r.huG(), 4), BreastPipeline.fmt(r.segG(), 4),
                    r.labels().isEmpty() ? r.status() : r.labels()));
        }
        return sb.toString().stripTrailing();
    }

    static String json(List<Row> rows, Path out) {
        StringBuilder sb = new StringBuilder("{\"output\":").append(Json.str(out.toAbsolutePath().toString()))
                .append(",\"breasts\":[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"uid\":").append(Json.str(r.uid())).append(",\"slices\":").append(r.slices())
                    .append(",\"seconds\":").append(Json.num(r.seconds())).append(",\"HU_G\":").append(Json.num(r.huG()))
                    .append(",\"Seg_G\":").append(Json.num(r.segG())).append(",\"labels\":")
                    .append(Json.str(r.labels())).append(",\"status\":").append(Json.str(r.status()));
            if (r.error() != null) {
                sb.append(",\"error\":").append(Json.str(r.error()));
            }
            sb.append('}');
        }
        return sb.append("]}").toString();
    }
}
