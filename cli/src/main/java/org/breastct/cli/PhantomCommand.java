package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.breastct.io.BreastFileNames;
import org.breastct.io.dicom.DicomSeriesWriter;
import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.io.npy.NpyWriter;
import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.Phantom;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.phantom.ScannerExport;
import org.breastct.progress.Progress;

/** {@code phantom}: a synthetic breast with its ground truth, as .npy or as a scanner-style DICOM series. */
final class PhantomCommand implements Command {

    @Override
    public String name() {
        return "phantom";
    }

    @Override
    public String summary() {
        return "write a synthetic breast (HU + ground truth, or a DICOM series as the scanner exports it)";
    }

    @Override
    public String help() {
        PhantomSpec d = PhantomSpec.DEFAULT;
        return """
                usage: breastct phantom DIR [--shape L,R,C] [--seed N] [--ribs N] [--implant] [--fold] [--dicom]

                Generates a deterministic synthetic breast (0.3 mm voxels; slice 0 = chest wall): fat/gland
                texture, skin, pectoralis muscle, optional ribs, silicone implant and abdominal skin fold, noise
                and blur. Writes <name>.npy (int16 HU), or with --dicom a folder <name>/ holding the series as
                the scanner exports it (3 dummy slices, CT-table cylinder ring, -2000 padding outside the
                reconstruction circle); and the ground-truth labels as truth/<name>_truth.npy (uint8), out of the
                way of the batch commands.

                options:
                  --shape L,R,C   slices, rows, columns (default %d,%d,%d)
                  --seed N        random seed (default %d)
                  --ribs N        number of ribs 0..%d (default 0)
                  --implant       add a silicone implant (detected by the method only when > 150^3 voxels,
                                  i.e. at sizes around 400,640,640)
                  --fold          add an abdominal skin fold on the first slices
                  --variant V     stress variant for robust mode: standard (default), chest-wall-glands,
                                  thin-skin, thick-skin, dense-skin, muscle-to-surface, no-muscle
                  --dicom         write a DICOM series instead of <name>.npy
                  --name NAME     base name (default: phantom_s<seed>[_rib<n>][_implant][_fold][_<variant>])
                  --threads N     worker threads (default: all cores)
                  --quiet         only errors
                """.formatted(d.slices(), d.rows(), d.columns(), d.seed(), PhantomSpec.MAX_RIBS);
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("shape", "seed", "ribs", "name", "threads", "variant");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("implant", "fold", "dicom", "quiet");
    }

    static PhantomSpec spec(Args args, PhantomSpec base) throws UsageException {
        PhantomSpec s = base;
        try {
            int[] shape = args.shapeOption("shape");
            if (shape != null) {
                s = s.withShape(shape[0], shape[1], shape[2]);
            }
            s = s.withSeed(args.longOption("seed", s.seed()));
            s = s.withRibs(args.intOption("ribs", s.ribs()));
            if (args.flag("implant")) {
                s = s.withImplant(true);
            }
            if (args.flag("fold")) {
                s = s.withFold(true);
            }
            if (args.has("variant")) {
                s = s.withVariant(org.breastct.phantom.PhantomVariant.parse(args.option("variant", "")));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return s;
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path dir = args.singleDir("DIR");
        PhantomSpec spec = spec(args, PhantomSpec.DEFAULT);
        String name = args.option("name", spec.id());
        if (!isPlainName(name)) {
            throw new UsageException("--name must be a plain file name (letters, digits, '.', '_', '-'; no folder),"
                    + " got '" + name + "'");
        }
        Files.createDirectories(dir);
        Console.Bar bar = console.bar(name);
        try (TaskExecutor ex = TaskExecutor.withThreads(SegmentCommand.threads(args, console))) {
            Path written = write(spec, name, dir, dir.resolve("truth"), args.flag("dicom"), ex, bar);
            bar.done(spec.slices() + "x" + spec.rows() + "x" + spec.columns() + " -> " + written);
        }
        return Main.OK;
    }

    /** A name that stays in its folder: no separator, not "." or "..", not hidden, not empty. */
    static boolean isPlainName(String name) {
        return name.matches("[A-Za-z0-9_\\-][A-Za-z0-9._\\-]*") && !name.equals("..") && name.length() <= 200;
    }

    /**
     * Generates and writes one phantom: the image (or series) into {@code dir}, the ground truth
     * {@code <name>_truth.npy} into {@code truthDir}; returns the image file or series folder.
     */
    static Path write(PhantomSpec spec, String name, Path dir, Path truthDir, boolean dicom, TaskExecutor ex,
            Progress progress) throws Exception {
        Phantom p = PhantomGenerator.generate(spec, ex, progress.sub(0, 0.5));
        Files.createDirectories(truthDir);
        NpyWriter.write(truthDir.resolve(name + "_truth" + BreastFileNames.NPY),
                p.truth().with(name, p.truth().spacing()), progress.sub(0.5, 0.6));
        if (dicom) {
            Path folder = dir.resolve(name);
            var scanner = ScannerExport.asScannerSeries(p.image(), spec.seed());
            DicomSeriesWriter.writeImages(scanner.with(name, scanner.spacing()), folder,
                    DicomWriteOptions.DEFAULTS.withPadOutsideCircle(true).withIfExists(DicomWriteOptions.IfExists.OVERWRITE),
                    progress.sub(0.6, 1));
            return folder;
        }
        Path file = dir.resolve(BreastFileNames.image(name));
        NpyWriter.write(file, p.image().with(name, p.image().spacing()), progress.sub(0.6, 1));
        return file;
    }
}
