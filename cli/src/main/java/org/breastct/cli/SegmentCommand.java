package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.breastct.io.BreastFileNames;
import org.breastct.parallel.TaskExecutor;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/** {@code segment}: the authors' Breast_Segmentation_run_batch.py. */
final class SegmentCommand implements Command {

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public String summary() {
        return "<uid>.npy -> segmentation_<uid>.npy (+ fold) and Segmentation_time.csv";
    }

    @Override
    public String help() {
        return """
                usage: breastct segment DIR [--output DIR] [--threads N] [options]

                Segments every <uid>.npy in DIR (int16 HU) except cylinder* and segmentation_* files and the
                breasts already segmented from the same image with the same settings: writes segmentation_<uid>.npy (uint8 labels: 0 air, 1 fat, 2 glands,
                3 skin, 4 pectoralis muscle, 5 rib, 7 implant), segmentation_fold_<uid>.npy (bool) when an
                abdominal skin fold exists, and appends id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone (seconds)
                to Segmentation_time.csv (label file last, so an interrupted breast is segmented again), with the method
                in its last column. A failing breast does not stop the others; the exit code is 1 if any failed.

                options:
                  --output DIR          where to write (default: DIR)
                  --threads N           worker threads (default 0: all cores; capped at the cores)
                  --method M            published (default: the published method, as the scripts) or robust
                                        (optional robust mode, docs/method.md: skin thickness from the depth
                                        profile, muscle as the dense slab at the chest wall, implant shell;
                                        not yet validated on real scans)
                  --fold-label          also write label 6 into the label volume for fold voxels
                  --scripts-parity      reproduce the authors' scripts exactly where they deviate from the
                                        published method: the gland candidate-B rule (docs/method.md 2.7) and
                                        OpenCV's drawing of the contour bands (2.3); default: the intended
                                        rule and exact bands (old name: --scripts-gland-rule)
                  --spacing MM          voxel size in mm recorded with the volumes (default 0.3; 0.01..10)
                  --quiet               only errors
                """ + ImageInputOptions.HELP;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("output", "threads", "spacing", "stored-offset", "method");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("fold-label", "scripts-parity", "scripts-gland-rule", "quiet", "no-hu-check");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path in = args.existingDir("DIR");
        Path out = args.outputDir(in);
        Spacing spacing = SpacingOption.parse(args);
        var imageOptions = ImageInputOptions.parse(args);
        List<Path> images = BreastFileNames.listImages(in);
        if (images.isEmpty()) {
            throw new UsageException("no <uid>.npy images in " + in);
        }
        Files.createDirectories(out);
        Batch batch = new Batch(console);
        SegmentationSettings settings = SegmentationOptions.settings(args);
        try (FolderLock lock = FolderLock.acquire(out, name(), console);
                TaskExecutor ex = TaskExecutor.withThreads(ThreadsOption.parse(args, console))) {
            BreastSegmenter segmenter = new BreastSegmenter(settings, ex);
            for (Path file : images) {
                String uid = BreastFileNames.uidOfImage(file.getFileName().toString());
                BreastRecord rec = BreastRecord.load(out, uid);
                String source = BreastPipeline.segmentationSource(file, settings);
                String stale = BreastPipeline.segmentationStale(uid, out, rec, source, console);
                if (stale == null) {
                    console.info(uid + ": skipped (already segmented)");
                    continue;
                }
                if (Files.exists(out.resolve(BreastFileNames.segmentation(uid)))) {
                    console.info(uid + ": segmenting again: " + stale);
                }
                batch.run(uid, bar -> {
                    ShortVolume image = BreastPipeline.readImage(file, imageOptions, spacing, bar.sub(0, 0.05));
                    BreastPipeline.Segmented s = BreastPipeline.segment(image.with(uid, spacing), segmenter, out, rec,
                            source, console, bar.sub(0.05, 1));
                    return s.slices() + " slices, " + BreastPipeline.fmt(s.result().times().total(), 1) + " s, "
                            + s.flags();
                });
            }
        }
        console.info("segment: " + batch.summary("segmented"));
        return batch.exitCode();
    }
}
