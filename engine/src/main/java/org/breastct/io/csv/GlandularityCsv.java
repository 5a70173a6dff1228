package org.breastct.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.breastct.analysis.GlandularityResult;
import org.breastct.segmentation.LabelCode;

/**
 * {@code Glandularity.csv}: one row per breast (docs/method.md section 3, script
 * {@code Image_extraction.py}), kept with {@link IdCsvFile} (a re-run skips breasts already listed).
 *
 * <p>Columns ({@link #HEADER}): first the scripts' {@code uid,HU_G,Seg_G} (4 decimals), then
 * {@code breast_ml} (fat + glands), {@code <label>_ml} for the codes 0..7 and 9 (2 decimals; {@code skin_fold}
 * is {@link GlandularityResult#skinFoldVoxels()}, the separate fold volume, whose voxels are also counted as
 * the tissue they are labelled),
 * {@code mean_HU_tissue, mean_HU_fat, mean_HU_glands} (1 decimal), {@code voxels_<label>} for the
 * same codes, {@code voxels_other} (voxels of code 8 or above 9), and the voxel spacing
 * {@code spacing_z_mm, spacing_y_mm, spacing_x_mm} (4 decimals; 1 means "unknown", e.g. from
 * {@code .npy}, and then the ml columns are in voxel units / 1000), and last {@code method}: the
 * segmentation method that made the labels ({@code published}, {@code robust}, or {@code unknown} when it
 * was not recorded). Label names are
 * {@link LabelCode#name} with spaces as underscores (air, fat, glands, skin, muscle, rib,
 * skin_fold, implant, cylinder). {@link #SCRIPT_HEADER} writes the scripts' three columns only.
 *
 * <p>Numbers use {@link Locale#ROOT} (decimal point); a value that is undefined (no tissue, no
 * voxel of a label) is written {@code NaN}, which Java, pandas and R all read back as NaN.
 */
public final class GlandularityCsv {

    /** File name the scripts use. */
    public static final String FILE_NAME = "Glandularity.csv";

    /** Label codes that get their own columns (8 is unused, docs/method.md "Conventions"). */
    static final int[] CODES = {LabelCode.AIR, LabelCode.FAT, LabelCode.GLANDS, LabelCode.SKIN, LabelCode.MUSCLE,
        LabelCode.RIB, LabelCode.SKIN_FOLD, LabelCode.IMPLANT, LabelCode.CYLINDER};

    /** Name of the last column of {@link #HEADER}, the segmentation method. */
    public static final String METHOD = "method";

    /** {@link #METHOD} value when the method is not known. */
    public static final String UNKNOWN_METHOD = "unknown";

    /** The scripts' columns. */
    public static final List<String> SCRIPT_HEADER = List.of("uid", "HU_G", "Seg_G");

    /** The scripts' columns followed by the volumes, mean HUs, voxel counts and spacing. */
    public static final List<String> HEADER = extendedHeader();

    private GlandularityCsv() {
    }

    private static List<String> extendedHeader() {
        List<String> h = new ArrayList<>(SCRIPT_HEADER);
        h.add("breast_ml");
        for (int c : CODES) {
            h.add(columnName(c) + "_ml");
        }
        h.add("mean_HU_tissue");
        h.add("mean_HU_fat");
        h.add("mean_HU_glands");
        for (int c : CODES) {
            h.add("voxels_" + columnName(c));
        }
        h.add("voxels_other");
        h.add("spacing_z_mm");
        h.add("spacing_y_mm");
        h.add("spacing_x_mm");
        h.add(METHOD);
        return Collections.unmodifiableList(h);
    }

    private static String columnName(int code) {
        return LabelCode.name(code).replace(' ', '_');
    }

    /** The header for {@code extended} (true: {@link #HEADER}, false: {@link #SCRIPT_HEADER}). */
    public static List<String> header(boolean extended) {
        return extended ? HEADER : SCRIPT_HEADER;
    }

    /**
     * The row of {@code r} for {@link #header(boolean)}; {@code method} (e.g. {@code robust}, or
     * {@link #UNKNOWN_METHOD}) fills the last column of the extended header and is not written otherwise.
     */
    public static List<String> row(GlandularityResult r, boolean extended, String method) {
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(r.id());
        row.add(format(r.huG(), 4));
        row.add(format(r.segG(), 4));
        if (!extended) {
            return row;
        }
        row.add(format(r.breastMillilitres(), 2));
        for (int c : CODES) {
            row.add(format(c == LabelCode.SKIN_FOLD ? r.skinFoldMillilitres() : r.millilitres(c), 2));
        }
        row.add(format(r.meanHuTissue(), 1));
        row.add(format(r.meanHuFat(), 1));
        row.add(format(r.meanHuGlands(), 1));
        long named = 0;
        for (int c : CODES) {
            row.add(Long.toString(c == LabelCode.SKIN_FOLD ? r.skinFoldVoxels() : r.voxels(c)));
            named += r.voxels(c);
        }
        row.add(Long.toString(r.totalVoxels() - named));
        row.add(format(r.spacing().z(), 4));
        row.add(format(r.spacing().y(), 4));
        row.add(format(r.spacing().x(), 4));
        row.add(java.util.Objects.requireNonNull(method, "method"));
        return row;
    }

    /** Opens (or creates) a glandularity file with the given columns. */
    public static IdCsvFile open(Path file, boolean extended) throws IOException {
        return IdCsvFile.open(file, header(extended));
    }

    /** {@link #open(Path, boolean)}, repairing an unreadable file ({@link IdCsvFile#open(Path, List, Consumer)}). */
    public static IdCsvFile open(Path file, boolean extended, Consumer<String> onRepair) throws IOException {
        return IdCsvFile.open(file, header(extended), onRepair);
    }

    /**
     * Appends the row of {@code r} (method as in {@link #row}) to {@code file} (created if missing) unless its id is listed
     * already.
     *
     * @return true if written, false if skipped because the id exists
     * @throws IOException if the file exists with another header, or on I/O errors
     */
    public static boolean append(Path file, GlandularityResult r, boolean extended, String method)
            throws IOException {
        return open(file, extended).append(row(r, extended, method));
    }

    /** {@code String.format(Locale.ROOT, "%.<decimals>f")}; NaN as {@code NaN}. */
    static String format(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
