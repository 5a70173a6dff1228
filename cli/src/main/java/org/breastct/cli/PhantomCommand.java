package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.PhantomSpec;

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

    @Override
    public int run(Args args, Console console) throws Exception {
        Path dir = args.singleDir("DIR");
        PhantomSpec spec = PhantomOptions.spec(args, PhantomSpec.DEFAULT);
        String name = args.option("name", spec.id());
        if (!isPlainName(name)) {
            throw new UsageException("--name must be a plain file name (letters, digits, '.', '_', '-'; no folder),"
                    + " got '" + name + "'");
        }
        Files.createDirectories(dir);
        Console.Bar bar = console.bar(name);
        try (TaskExecutor ex = TaskExecutor.withThreads(ThreadsOption.parse(args, console))) {
            Path written = PhantomFiles.write(spec, name, dir, dir.resolve("truth"), args.flag("dicom"), ex, bar);
            bar.done(spec.slices() + "x" + spec.rows() + "x" + spec.columns() + " -> " + written);
        }
        return Main.OK;
    }

    /** A name that stays in its folder: no separator, not "." or "..", not hidden, not empty. */
    static boolean isPlainName(String name) {
        return name.matches("[A-Za-z0-9_\\-][A-Za-z0-9._\\-]*") && !name.equals("..") && name.length() <= 200;
    }
}
