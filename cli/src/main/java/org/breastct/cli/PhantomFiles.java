package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** Synthetic breasts written as files: the image as {@code .npy} or a scanner-style DICOM series, and the truth. */
final class PhantomFiles {

    private PhantomFiles() {
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
