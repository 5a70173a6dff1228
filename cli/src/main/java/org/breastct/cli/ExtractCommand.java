package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.breastct.io.BreastFileNames;
import org.breastct.render.RenderSettings;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/** {@code extract}: the authors' Image_extraction.py (docs/method.md section 3). */
final class ExtractCommand implements Command {

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "representative PNGs and Glandularity.csv for every segmented breast";
    }

    @Override
    public String help() {
        return """
                usage: breastct extract DIR [--output DIR] [--mode grey|colour|overlay]

                For every <uid>.npy in DIR that has segmentation_<uid>.npy: writes img_c_<uid>.png,
                img_s_<uid>.png, img_t_<uid>.png (grey, window [-1024, 200] HU) and auto_seg_c/s/t_<uid>.png
                (labels; coronal = chest-wall slice 0, sagittal and transversal through the tip), and appends
                uid,HU_G,Seg_G (+ volumes in ml, mean HU, voxel counts) to Glandularity.csv (a breast already in
                the file gets its row replaced, never a second one).

                options:
                  --output DIR             where to write (default: DIR)
                  --mode grey|colour|overlay  label images: the scripts' grey ramp (default), one colour-blind-safe
                                           colour per label, or colours blended over the grey image
                                           (colour and overlay also write label_legend.png)
                  --window LOW,HIGH        HU window of the grey images (default -1024,200)
                  --scale N                integer upscaling of the PNGs (default 1: one pixel per voxel)
                  --spacing MM             voxel size in mm for the volumes in ml (default 0.3)
                  --quiet                  only errors
                """ + ImageInputOptions.HELP;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("output", "mode", "window", "scale", "spacing", "stored-offset");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("quiet", "no-hu-check");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path in = args.existingDir("DIR");
        Path out = args.outputDir(in);
        RenderSettings render = RenderOptions.settings(args);
        Spacing spacing = SpacingOption.parse(args);
        var imageOptions = ImageInputOptions.parse(args);
        List<Path> images = BreastFileNames.listImages(in);
        Files.createDirectories(out);
        Batch batch = new Batch(console);
        int candidates = 0;
        try (FolderLock lock = FolderLock.acquire(out, name(), console)) {
            for (Path file : images) {
                String uid = BreastFileNames.uidOfImage(file.getFileName().toString());
                Path seg = in.resolve(BreastFileNames.segmentation(uid));
                if (!Files.isRegularFile(seg)) {
                    continue;
                }
                candidates++;
                batch.run(uid, bar -> {
                    ShortVolume image = BreastPipeline.readImage(file, imageOptions, spacing, bar.sub(0, 0.3));
                    ByteVolume labels = BreastPipeline.readLabels(seg, spacing, bar.sub(0.3, 0.5));
                    MaskVolume fold = BreastPipeline.readFold(in, uid, spacing);
                    String source = BreastPipeline.extractionSource(file, seg, in.resolve(BreastFileNames.fold(uid)),
                            render, spacing);
                    BreastPipeline.Extracted e = BreastPipeline.extract(image.with(uid, spacing),
                            labels.with(uid, spacing), fold, render, out, BreastPipeline.methodOf(uid, in), BreastRecord.load(out, uid),
                            source, console,
                            bar.sub(0.5, 1));
                    return "HU_G " + BreastPipeline.fmt(e.glandularity().huG(), 4) + ", Seg_G "
                            + BreastPipeline.fmt(e.glandularity().segG(), 4) + ", " + e.pngs().size() + " PNGs";
                });
            }
        }
        if (candidates == 0) {
            throw new UsageException("no <uid>.npy with segmentation_<uid>.npy in " + in);
        }
        console.info("extract: " + batch.summary("extracted"));
        return batch.exitCode();
    }
}
