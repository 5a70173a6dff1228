package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.breastct.io.BreastFileNames;
import org.breastct.io.dicom.DicomSeriesWriter;
import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.io.dicom.DicomWriteResult;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Spacing;

/** {@code npy2dicom}: the authors' Numpy_to_DICOM.py (docs/method.md section 4), writing a valid series. */
final class Npy2DicomCommand implements Command {

    @Override
    public String name() {
        return "npy2dicom";
    }

    @Override
    public String summary() {
        return "segmentation_<uid>.npy -> DICOM label series (for the Monte-Carlo dose simulation)";
    }

    @Override
    public String help() {
        return """
                usage: breastct npy2dicom DIR [--output DIR] [--template FILE] [--no-cylinder] [options]

                Every segmentation_<uid>.npy in DIR becomes a folder segmentation_<uid> of DICOM files
                CT00000000.dcm ... (one per slice): pixel value = label + 1024, unsigned 16 bit, with
                RescaleIntercept -1024, so that HU-space values equal the label codes. The CT-table ring from
                DIR/cylinder.npy (or cylinder_<R>x<C>.npy for another matrix size) is drawn in with value 9
                unless --no-cylinder; a breast without a ring of its size gets a warning. Label files must
                hold uint8 codes 0..7 (bool or other values are refused). Each series gets new
                Series/SOP Instance UIDs, InstanceNumber and positions; its SeriesDescription names the
                segmentation method recorded in DIR/Segmentation_time.csv (e.g. "breast-ct segmentation
                (robust method)"). Existing series folders are skipped.

                options:
                  --output DIR          where to write (default: DIR)
                  --template FILE       DICOM file whose patient/study attributes are copied
                  --no-cylinder         do not draw the cylinder ring
                  --cylinder-value N    label value of the ring (default 9; the scripts used 8)
                  --spacing MM          voxel size in mm (.npy holds none; default 0.3)
                  --force               replace existing series folders
                  --quiet               only errors
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("output", "template", "cylinder-value", "spacing");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("no-cylinder", "force", "quiet");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path in = args.existingDir("DIR");
        Path out = args.outputDir(in);
        Spacing spacing = SpacingOption.parse(args);
        List<Path> files = BreastFileNames.listSegmentations(in);
        if (files.isEmpty()) {
            throw new UsageException("no segmentation_<uid>.npy files in " + in);
        }
        DicomWriteOptions options = DicomOutputOptions.parse(args);
        Files.createDirectories(out);
        Batch batch = new Batch(console);
        try (FolderLock lock = FolderLock.acquire(out, name(), console)) {
            for (Path f : files) {
                String uid = BreastFileNames.uidOfSegmentation(f.getFileName().toString());
                Path ringDir = args.flag("no-cylinder") ? null : in;
                batch.run(uid, bar -> export(f, uid, out, spacing, options, ringDir, args.flag("force"), bar, console));
            }
        }
        console.info("npy2dicom: " + batch.summary("written"));
        return batch.exitCode();
    }

    /**
     * Writes the label series of one breast; with {@code ringDir} the ring of its slice size from
     * there ({@link DicomOutputOptions#withRing}).
     */
    static String export(Path file, String uid, Path out, Spacing spacing, DicomWriteOptions options, Path ringDir,
            boolean force, Console.Bar bar, Console console) throws Exception {
        Path target = out.resolve(BreastFileNames.labelSeriesFolder(uid));
        if (Files.exists(target) && !force) {
            return "skipped (" + target.getFileName() + " exists)";
        }
        ByteVolume labels = BreastPipeline.readLabels(file, spacing, bar.sub(0, 0.2)).with(uid, spacing);
        if (options.seriesDescription() == null) { // name the method recorded in Segmentation_time.csv
            options = options.withSeriesDescription(
                    DicomSeriesWriter.labelDescription(BreastPipeline.methodOf(uid, file.getParent())));
        }
        DicomWriteResult r = DicomSeriesWriter.writeLabels(labels, target,
                DicomOutputOptions.withRing(options, ringDir, labels, uid, console), bar.sub(0.2, 1));
        return r.slices() + " slices -> " + r.folder().getFileName();
    }
}
