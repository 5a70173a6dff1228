package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.npy.NpyVolumes;
import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.PhantomSpec;
import org.breastct.render.RenderSettings;
import org.breastct.segmentation.SegmentationSettings;

/**
 * {@code demo}: two synthetic breasts as DICOM series (one plain, one with ribs and a skin fold), then
 * {@code run} on them with a summary. {@code make demo}, the README's main command.
 */
final class DemoCommand implements Command {

    /** The two demo breasts: a plain one, and one with ribs and an abdominal skin fold. */
    static final List<PhantomSpec> CASES = List.of(PhantomSpec.DEFAULT.withSeed(7),
            PhantomSpec.DEFAULT.withSeed(11).withRibs(2).withFold(true));

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "generate two synthetic breasts as DICOM series and run the whole pipeline on them";
    }

    @Override
    public String help() {
        return """
                usage: breastct demo [--output DIR] [--threads N]

                Writes two synthetic breasts (120 x 320 x 320 voxels, 0.3 mm) as DICOM series the way the scanner
                exports them into DIR/dicom/ (one plain, one with ribs and an abdominal skin fold; their ground
                truth into DIR/truth/), then runs
                'run DIR/dicom --output DIR --dicom-out': <uid>.npy, segmentation_<uid>.npy, the fold volume,
                six PNGs per breast, Glandularity.csv, Segmentation_time.csv and the label DICOM series.
                Prints a summary table. Re-running reuses what exists.

                options:
                  --output DIR   where to write (default: demo-output)
                  --threads N    worker threads (default: all cores)
                  --mode M       label images: grey (default), colour or overlay
                  --quiet        only errors and the summary
                  --json         print the summary as JSON
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("output", "threads", "mode");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("quiet", "json");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        if (!args.positionals().isEmpty()) {
            throw new UsageException("demo takes no positional arguments (use --output DIR)");
        }
        Path out = Path.of(args.option("output", "demo-output"));
        Path dicom = out.resolve("dicom");
        RenderSettings render = RenderOptions.settings(args);
        int threads = ThreadsOption.parse(args, console);
        Files.createDirectories(dicom);
        try (TaskExecutor ex = TaskExecutor.withThreads(threads)) {
            for (PhantomSpec spec : CASES) {
                if (Files.isDirectory(dicom.resolve(spec.id()))) {
                    continue;
                }
                Console.Bar bar = console.bar(spec.id());
                PhantomFiles.write(spec, spec.id(), dicom, out.resolve("truth"), true, ex, bar);
                bar.done("synthetic DICOM series written");
            }
        }
        // what 'run DIR/dicom --output DIR --dicom-out' does
        int code = WholePipeline.run(new WholePipeline.Options(name(), dicom, out,
                new WholePipeline.Input(NpyVolumes.ImageOptions.DEFAULTS, DicomReadOptions.DEFAULTS),
                SegmentationSettings.DEFAULTS, threads, render, true, args.flag("json")), console);
        if (!args.flag("json")) {
            console.result("demo: images in " + out.toAbsolutePath() + " (img_c_<uid>.png, auto_seg_c_<uid>.png, ...);"
                    + " ground truth of the phantoms in " + out.resolve("truth").toAbsolutePath());
        }
        return code;
    }
}
