package org.breastct.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file names of the authors' scripts (seed README, docs/method.md sections 1-4), in one place:
 * {@code <uid>.npy} (HU image), {@code cylinder.npy} (ring mask), {@code segmentation_<uid>.npy}
 * (labels), {@code segmentation_fold_<uid>.npy} (skin fold), {@code Segmentation_time.csv},
 * {@code Glandularity.csv} and the DICOM label series folder {@code segmentation_<uid>}. The PNG names
 * are {@link org.breastct.render.RepresentativeImageFiles}'s.
 */
public final class BreastFileNames {

    public static final String NPY = ".npy";
    public static final String CYLINDER_PREFIX = "cylinder";
    public static final String CYLINDER_FILE = "cylinder.npy";
    public static final String SEGMENTATION_PREFIX = "segmentation_";
    public static final String FOLD_PREFIX = "segmentation_fold_";
    public static final String SEGMENTATION_TIME_CSV = "Segmentation_time.csv";
    public static final String GLANDULARITY_CSV = "Glandularity.csv";

    private BreastFileNames() {
    }

    /** {@code <uid>.npy}. */
    public static String image(String uid) {
        return uid + NPY;
    }

    /** {@code segmentation_<uid>.npy}. */
    public static String segmentation(String uid) {
        return SEGMENTATION_PREFIX + uid + NPY;
    }

    /** {@code segmentation_fold_<uid>.npy}. */
    public static String fold(String uid) {
        return FOLD_PREFIX + uid + NPY;
    }

    /** The DICOM label series folder {@code segmentation_<uid>}. */
    public static String labelSeriesFolder(String uid) {
        return SEGMENTATION_PREFIX + uid;
    }

    /**
     * True for the HU image files a batch segments: {@code *.npy} except {@code cylinder*} and
     * {@code segmentation_*} (the authors' batch rule).
     */
    public static boolean isImageFile(String fileName) {
        return fileName.endsWith(NPY) && fileName.length() > NPY.length() && !fileName.startsWith(CYLINDER_PREFIX)
                && !fileName.startsWith(SEGMENTATION_PREFIX) && !fileName.startsWith(".");
    }

    /** The uid of an image file name ({@code abc.npy} -> {@code abc}). */
    public static String uidOfImage(String fileName) {
        return fileName.substring(0, fileName.length() - NPY.length());
    }

    /**
     * The uid of a label file name ({@code segmentation_abc.npy} -> {@code abc}), or null for other
     * names (including fold files).
     */
    public static String uidOfSegmentation(String fileName) {
        if (!fileName.startsWith(SEGMENTATION_PREFIX) || fileName.startsWith(FOLD_PREFIX) || !fileName.endsWith(NPY)) {
            return null;
        }
        String uid = fileName.substring(SEGMENTATION_PREFIX.length(), fileName.length() - NPY.length());
        return uid.isEmpty() ? null : uid;
    }

    /**
     * Why {@code uid} cannot be a breast id, or null: names starting with {@code cylinder} (the
     * table ring files {@code cylinder*.npy}; the batch would overwrite or skip them) or
     * {@code segmentation_} (the label files and series) are reserved.
     */
    public static String reservedUidProblem(String uid) {
        if (uid.startsWith(CYLINDER_PREFIX) || uid.startsWith(SEGMENTATION_PREFIX)) {
            return "the breast name '" + uid + "' is reserved: names starting with '" + CYLINDER_PREFIX + "' or '"
                    + SEGMENTATION_PREFIX + "' are the table ring and label files (" + CYLINDER_FILE + ", "
                    + segmentation(uid) + "); rename the folder, e.g. to 'breast_" + uid + "'";
        }
        return null;
    }

    /**
     * {@code cylinder_<rows>x<columns>.npy}: the ring of slices of another size than the folder's
     * {@link #CYLINDER_FILE} (a batch with mixed matrix sizes).
     */
    public static String cylinder(int rows, int columns) {
        return CYLINDER_PREFIX + "_" + rows + "x" + columns + NPY;
    }

    /** The image files of a folder, sorted by name. */
    public static List<Path> listImages(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && isImageFile(p.getFileName().toString())) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The label files {@code segmentation_<uid>.npy} of a folder, sorted by name. */
    public static List<Path> listSegmentations(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && uidOfSegmentation(p.getFileName().toString()) != null) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }
}
