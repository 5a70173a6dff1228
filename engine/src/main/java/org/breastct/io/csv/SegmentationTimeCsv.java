package org.breastct.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code Segmentation_time.csv}: the process time in seconds of each segmentation stage, one row
 * per breast (docs/method.md end of section 2), columns {@code id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone}
 * with one decimal ({@link java.util.Locale#ROOT}; NaN written {@code NaN}), then {@code method}: the
 * segmentation method that made the breast's labels ({@code published} or {@code robust},
 * {@link org.breastct.segmentation.SegmentationMethod#id()}; not in the scripts). Kept with
 * {@link IdCsvFile}: a re-run skips breasts already listed.
 */
public final class SegmentationTimeCsv {

    /** File name the scripts use. */
    public static final String FILE_NAME = "Segmentation_time.csv";

    /** Name of the last column, the segmentation method. */
    public static final String METHOD = "method";

    /** The scripts' columns, then {@link #METHOD}. */
    public static final List<String> HEADER = List.of("id", "Total", "Glands", "Skin", "Muscle", "Rib", "Fold",
            "Silicone", METHOD);

    private SegmentationTimeCsv() {
    }

    /** The row for one breast; times in seconds; method as {@link #METHOD}. */
    public static List<String> row(String id, double total, double glands, double skin, double muscle, double rib,
            double fold, double silicone, String method) {
        return List.of(id, f(total), f(glands), f(skin), f(muscle), f(rib), f(fold), f(silicone), method);
    }

    /**
     * The method recorded for breast {@code id} in {@code file}; empty when the file or the row is missing, or
     * when the file was written before the method column existed (its header lacks {@link #METHOD}).
     *
     * @throws IOException if the file exists with another header that has the column, or on I/O errors
     */
    public static java.util.Optional<String> methodOf(Path file, String id) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(file,
                java.nio.charset.StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null || !List.of(first.trim().split(",")).contains(METHOD)) {
                return java.util.Optional.empty();
            }
        }
        return open(file).row(id).map(r -> r.get(HEADER.indexOf(METHOD)));
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
            double rib, double fold, double silicone, String method) throws IOException {
        return open(file).append(row(id, total, glands, skin, muscle, rib, fold, silicone, method));
    }

    private static String f(double seconds) {
        return GlandularityCsv.format(seconds, 1);
    }
}
