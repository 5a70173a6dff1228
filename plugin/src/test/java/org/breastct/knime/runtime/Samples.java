package org.breastct.knime.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample DICOM series of the example workflows (workflows/sample-data.md) and copying it into test folders. */
final class Samples {

    /** Breast id (folder name) of the sample series. */
    static final String ID = "phantom_s5";

    private Samples() {
    }

    /** The sample series folder: 60 + 3 slices of 160 x 160 pixels, scanner-style export of a synthetic breast. */
    static Path series() {
        Path p = Path.of("..", "workflows", "Breast CT batch segmentation", "data", "dicom", ID);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("sample series not found at " + p.toAbsolutePath()
                + " (tests run in plugin/; see workflows/sample-data.md)");
        }
        return p;
    }

    /** The CLI's HU image of the sample series ({@code breastct dicom2npy}), from the example workflows. */
    static Path npyImage() {
        return existing(Path.of("..", "workflows", "From existing NPY files", "data", "npy", ID + ".npy"));
    }

    /** The CLI's labels of the sample series ({@code breastct segment}), from the example workflows. */
    static Path npyLabels() {
        return existing(Path.of("..", "workflows", "Labels to DICOM", "data", "npy", "segmentation_" + ID + ".npy"));
    }

    private static Path existing(final Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("sample file not found at " + p.toAbsolutePath()
                + " (tests run in plugin/; see workflows/sample-data.md)");
        }
        return p;
    }

    /** Copies the sample series into {@code folder}/{@link #ID} and returns that folder. */
    static Path copySeries(final Path folder) {
        try {
            Path target = Files.createDirectories(folder.resolve(ID));
            List<Path> files;
            try (Stream<Path> s = Files.list(series())) {
                files = s.toList();
            }
            for (Path f : files) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
