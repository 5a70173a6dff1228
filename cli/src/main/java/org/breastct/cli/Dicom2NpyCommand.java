package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.breastct.io.BreastFileNames;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.io.npy.NpyWriter;

/** {@code dicom2npy}: the authors' DICOM_to_numpy.py (algorithm.md section 1). */
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

                Every subfolder of DIR is one breast (one DICOM series; its name is the breast id, uid);
                DIR itself may also be a single series folder. Writes <uid>.npy (int16 HU: padding -2000 -> 0,
                rescale, CT-table cylinder removed, 3 reconstruction dummy slices dropped, empty slices
                trimmed) and, once per output folder, cylinder.npy (bool rows x columns: the table ring).
                Breasts whose <uid>.npy exists are skipped.

                options:
                  --output DIR        where to write (default: DIR)
                  --margin N          cylinder removal margin in pixels (default 30)
                  --keep-cylinder     do not remove the cylinder
                  --dummy-slices N    reconstruction dummy slices dropped at the chest wall (default 3)
                  --no-trim           keep all slices (no dummy drop, no trimming)
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
        return Set.of("keep-cylinder", "no-trim", "force", "quiet");
    }

    static DicomReadOptions readOptions(Args args) throws UsageException {
        DicomReadOptions o = DicomReadOptions.DEFAULTS;
        o = o.withCylinderMargin(args.intOption("margin", o.cylinderMargin()));
        o = o.withDummySlices(args.intOption("dummy-slices", o.dummySlices()));
        if (args.flag("keep-cylinder")) {
            o = o.withRemoveCylinder(false);
        }
        if (args.flag("no-trim")) {
            o = o.withTrim(false);
        }
        return o;
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path in = args.existingDir("DIR");
        Path out = args.outputDir(in);
        DicomReadOptions options = readOptions(args);
        List<Path> folders = seriesFolders(in, console);
        Files.createDirectories(out);
        Batch batch = new Batch(console);
        try (FolderLock lock = FolderLock.acquire(out, name(), console)) {
            for (Path folder : folders) {
                String uid = folder.getFileName().toString();
                batch.run(uid, bar -> convert(folder, out, options, args.flag("force"), bar, console));
            }
        }
        console.info("dicom2npy: " + batch.summary("converted"));
        return batch.exitCode();
    }

    /**
     * The breast folders of {@code in} (an existing folder): its subfolders that hold DICOM files
     * (others are skipped with a note), or {@code in} itself when it is a series.
     */
    static List<Path> seriesFolders(Path in, Console console) throws Exception {
        if (DicomSeriesReader.isSeriesFolder(in)) {
            return List.of(in);
        }
        List<Path> folders = new ArrayList<>();
        for (Path f : DicomSeriesReader.listBreastFolders(in)) {
            if (DicomSeriesReader.isSeriesFolder(f)) {
                folders.add(f);
            } else {
                console.info(f.getFileName() + ": skipped (no DICOM files)");
            }
        }
        if (folders.isEmpty()) {
            throw new UsageException("no breast folders (subfolders with DICOM files) in " + in);
        }
        return folders;
    }

    /** Converts one series folder; returns the summary line. */
    static String convert(Path folder, Path out, DicomReadOptions options, boolean force, Console.Bar bar,
            Console console) throws Exception {
        String uid = folder.getFileName().toString();
        Path target = out.resolve(BreastFileNames.image(uid));
        if (Files.exists(target) && !force) {
            return "skipped (" + target.getFileName() + " exists)";
        }
        DicomSeries series = DicomSeriesReader.read(folder, options, bar.sub(0, 0.8));
        for (String w : series.warnings()) {
            console.error(uid + ": warning: " + w);
        }
        NpyWriter.write(target, series.volume(), bar.sub(0.8, 0.95));
        Path cylinder = out.resolve(BreastFileNames.CYLINDER_FILE);
        if (series.cylinderRing() != null && !Files.exists(cylinder)) {
            NpyWriter.write2d(cylinder, series.cylinderRing(), bar.sub(0.95, 1));
        }
        bar.report(1, "done");
        return series.volume().dims() + " -> " + target.getFileName();
    }
}
