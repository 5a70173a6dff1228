package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.breastct.io.BreastFileNames;
import org.breastct.io.dicom.DicomDiscovery;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.npy.CylinderRingFiles;
import org.breastct.io.npy.NpyWriter;

/** {@code dicom2npy}: the authors' DICOM_to_numpy.py (docs/method.md section 1). */
final class Dicom2NpyCommand implements Command {

    @Override
    public String name() {
        return "dicom2npy";
    }

    @Override
    public String summary() {
        return "DICOM series folders -> <uid>.npy (int16 HU) and cylinder.npy";
    }

    @Override
    public String help() {
        return """
                usage: breastct dicom2npy DIR [--output DIR] [options]

                Every subfolder of DIR is one breast (one DICOM series; its name is the breast id, uid; a
                series nested deeper, e.g. uid/STUDY/SERIES/, is found); DIR itself may also be a single
                series folder, or a CD with a DICOMDIR (every series folder below it is one breast). Writes
                <uid>.npy (int16 HU: padding -2000 -> 0, rescale, CT-table cylinder removed, 3 reconstruction
                dummy slices dropped, empty slices trimmed) and the table ring (bool rows x columns):
                cylinder.npy, and cylinder_<R>x<C>.npy for breasts of another matrix size. Breasts whose
                <uid>.npy exists are skipped. A folder that holds no readable series is reported as failed.

                options:
                  --output DIR        where to write (default: DIR)
                  --margin N          cylinder removal margin in pixels (default 30)
                  --keep-cylinder     do not remove the cylinder
                  --dummy-slices N    reconstruction dummy slices dropped at the chest wall (default 3)
                  --no-trim           keep all slices (no dummy drop, no trimming)
                  --any-modality      also read non-CT series (MR, ...) and CT without rescale tags
                  --no-hu-check       do not refuse images that do not look like HU
                  --force             overwrite existing <uid>.npy
                  --quiet             only errors
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("output", "margin", "dummy-slices");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("keep-cylinder", "no-trim", "any-modality", "no-hu-check", "force", "quiet");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path in = args.existingDir("DIR");
        Path out = args.outputDir(in);
        DicomReadOptions options = DicomInputOptions.parse(args);
        List<DicomDiscovery.BreastFolder> breasts = seriesFolders(in, console);
        Files.createDirectories(out);
        Batch batch = new Batch(console);
        try (FolderLock lock = FolderLock.acquire(out, name(), console)) {
            for (DicomDiscovery.BreastFolder b : breasts) {
                batch.run(b.uid(), bar -> convert(b, out, options, !args.flag("no-hu-check"), args.flag("force"), bar,
                        console));
            }
        }
        console.info("dicom2npy: " + batch.summary("converted"));
        return batch.exitCode();
    }

    /**
     * The breasts of {@code in} ({@link DicomDiscovery#find}; the notes on skipped folders are
     * printed), failed ones included; a usage error when there is none at all.
     */
    static List<DicomDiscovery.BreastFolder> seriesFolders(Path in, Console console) throws Exception {
        DicomDiscovery.Found found = DicomDiscovery.find(in);
        for (String note : found.notes()) {
            console.info(note);
        }
        if (found.breasts().isEmpty()) {
            throw new UsageException("no breast folders (subfolders with DICOM files) in " + in);
        }
        return found.breasts();
    }

    /** Converts one series folder; returns the summary line. */
    static String convert(DicomDiscovery.BreastFolder breast, Path out, DicomReadOptions options, boolean huCheck,
            boolean force, Console.Bar bar, Console console) throws Exception {
        String uid = breast.uid();
        Path target = out.resolve(BreastFileNames.image(uid));
        if (Files.exists(target) && !force) {
            return "skipped (" + target.getFileName() + " exists)";
        }
        DicomSeries series = BreastPipeline.readSeries(breast, options, huCheck, bar.sub(0, 0.8), console);
        NpyWriter.write(target, series.volume(), bar.sub(0.8, 0.95));
        if (series.cylinderRing() != null) {
            CylinderRingFiles.save(out, series.cylinderRing());
        }
        bar.report(1, "done");
        return series.volume().dims() + " -> " + target.getFileName();
    }
}
