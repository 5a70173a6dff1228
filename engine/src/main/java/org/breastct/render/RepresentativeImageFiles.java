package org.breastct.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names and writes the six PNGs of a breast as the scripts name them (docs/method.md section 3):
 * {@code img_<p>_<uid>.png} (windowed HU image) and {@code auto_seg_<p>_<uid>.png} (segmentation)
 * for p = c, s, t. Existing files of the same name are replaced; each file is written atomically
 * ({@link PngFiles}).
 */
public final class RepresentativeImageFiles {

    /** File name prefix of the HU images. */
    public static final String IMAGE_PREFIX = "img_";
    /** File name prefix of the segmentation images. */
    public static final String SEGMENTATION_PREFIX = "auto_seg_";

    private RepresentativeImageFiles() {
    }

    /** {@code img_<letter>_<uid>.png}. */
    public static String imageFileName(Plane plane, String uid) {
        checkUid(uid);
        return IMAGE_PREFIX + plane.letter() + "_" + uid + ".png";
    }

    /** {@code auto_seg_<letter>_<uid>.png}. */
    public static String segmentationFileName(Plane plane, String uid) {
        checkUid(uid);
        return SEGMENTATION_PREFIX + plane.letter() + "_" + uid + ".png";
    }

    private static void checkUid(String uid) {
        if (uid.isEmpty() || uid.indexOf('/') >= 0 || uid.indexOf('\\') >= 0 || uid.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("breast id '" + uid + "' cannot be part of a file name");
        }
    }

    /**
     * Writes the six images into {@code folder} (created if missing).
     *
     * @return the paths in the order img_c, img_s, img_t, auto_seg_c, auto_seg_s, auto_seg_t
     */
    public static List<Path> write(RepresentativeImages images, Path folder) throws IOException {
        List<Path> out = new ArrayList<>(6);
        for (Plane p : Plane.values()) {
            Path f = folder.resolve(imageFileName(p, images.uid()));
            PngFiles.write(images.image(p), f);
            out.add(f);
        }
        for (Plane p : Plane.values()) {
            Path f = folder.resolve(segmentationFileName(p, images.uid()));
            PngFiles.write(images.segmentation(p), f);
            out.add(f);
        }
        return out;
    }
}
