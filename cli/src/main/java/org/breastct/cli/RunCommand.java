package org.breastct.cli;

import java.nio.file.Path;
import java.util.Set;

/** {@code run}: the whole pipeline of the authors' scripts in one command ({@link WholePipeline}). */
final class RunCommand implements Command {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "the whole pipeline: DICOM/.npy -> <uid>.npy -> segmentation -> PNGs + CSVs (+ label DICOM)";
    }

    @Override
    public String help() {
        return """
                usage: breastct run DIR [--output DIR] [--dicom-out] [--threads N] [--mode grey|colour|overlay]

                Runs the authors' scripts in order on every breast of DIR: each subfolder holding a DICOM series
                (found as dicom2npy finds them: DIR may also be one series folder or a CD with a DICOMDIR)
                is converted to <uid>.npy (dicom2npy), and every <uid>.npy (converted or already in DIR) is
                segmented (segment), then its six PNGs and its Glandularity.csv row are written (extract);
                with --dicom-out also its label series segmentation_<uid>/ (npy2dicom). Steps whose output
                exists and is up to date are skipped; .breastct/<uid>.properties records what each output was
                made from, so a re-run redoes what is stale (image re-converted or replaced, other settings),
                repairs what is missing and finishes what an interrupted run left. One command at a time per
                output folder (.breastct/lock; a second one waits). Ends with a summary table.

                options:
                  --output DIR          where to write (default: DIR)
                  --dicom-out           also write the label volumes as DICOM series
                  --threads N           worker threads (default: all cores)
                  --method M            published (default) or robust (optional robust mode, see segment)
                  --mode M              label images: grey (default), colour or overlay
                  --fold-label          write label 6 for fold voxels
                  --scripts-parity      the authors' scripts exactly: gland candidate-B rule and OpenCV's
                                        contour bands (see segment; old name: --scripts-gland-rule)
                  --quiet               no progress, only errors and the summary
                  --json                print the summary as JSON
                  --any-modality        also read non-CT series (MR, ...) and CT without rescale tags
                """ + ImageInputOptions.HELP;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("output", "threads", "mode", "stored-offset", "method");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("dicom-out", "fold-label", "scripts-parity", "scripts-gland-rule", "quiet", "json",
                "any-modality", "no-hu-check");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path in = args.existingDir("DIR");
        Path out = args.outputDir(in);
        WholePipeline.Input input = new WholePipeline.Input(ImageInputOptions.parse(args),
                DicomInputOptions.parse(args));
        return WholePipeline.run(new WholePipeline.Options(name(), in, out, input, SegmentationOptions.settings(args),
                ThreadsOption.parse(args, console), RenderOptions.settings(args), args.flag("dicom-out"),
                args.flag("json")), console);
    }
}
