package org.breastct.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code Segmentation_time.csv}: the process time in seconds of each segmentation stage, one row
 * per breast (algorithm.md end of section 2), columns {@code id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone}
 * with one decimal ({@link java.util.Locale#ROOT}; NaN written {@code NaN}). Kept with
 * {@link IdCsvFile}: a re-run skips breasts already listed.
 */
public final class SegmentationTimeCsv {

    /** File name the scripts use. */
    public static final String FILE_NAME = "Segmentation_time.csv";

    /** The scripts' columns. */
    public static final List<String> HEADER = List.of("id", "Total", "Glands", "Skin", "Muscle", "Rib", "Fold",
            "Silicone");

    private SegmentationTimeCsv() {
    }

    /** The row for one breast; times in seconds. */
    public static List<String> row(String id, double total, double glands, double skin, double muscle, double rib,
            double fold, double silicone) {
        return List.of(id, f(total), f(glands), f(skin), f(muscle), f(rib), f(fold), f(silicone));
    }

    /** Opens (or creates) a segmentation-time file. */
    public static IdCsvFile open(Path file) throws IOException {
        return IdCsvFile.open(file, HEADER);
    }

    /** {@link #open(Path)}, repairing an unreadable file ({@link IdCsvFile#open(Path, List, Consumer)}). */
    public static IdCsvFile open(Path file, Consumer<String> onRepair) throws IOException {
        return IdCsvFile.open(file, HEADER, onRepair);
    }

    /**
     * Appends one breast's stage times to {@code file} (created if missing) unless the id is listed.
     *
     * @return true if written, false if skipped because the id exists
     * @throws IOException if the file exists with another header, or on I/O errors
     */
    public static boolean append(Path file, String id, double total, double glands, double skin, double muscle,
            double rib, double fold, double silicone) throws IOException {
        return open(file).append(row(id, total, glands, skin, muscle, rib, fold, silicone));
    }

    private static String f(double seconds) {
        return GlandularityCsv.format(seconds, 1);
    }
}
