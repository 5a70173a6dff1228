package org.breastct.render;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The six representative images of one breast (docs/method.md section 3): per {@link Plane} the
 * windowed HU image ({@code img_*}) and the segmentation image ({@code auto_seg_*}), plus where the
 * planes were taken. Made by {@link RepresentativeImageRenderer}; the images are not copied, do not
 * modify them.
 */
public final class RepresentativeImages {

    private final String uid;
    private final Tip tip;
    private final int coronalSlice;
    private final RenderSettings settings;
    private final Map<Plane, BufferedImage> images;
    private final Map<Plane, BufferedImage> segmentations;

    RepresentativeImages(String uid, Tip tip, int coronalSlice, RenderSettings settings,
            Map<Plane, BufferedImage> images, Map<Plane, BufferedImage> segmentations) {
        this.uid = Objects.requireNonNull(uid, "uid");
        this.tip = tip;
        this.coronalSlice = coronalSlice;
        this.settings = settings;
        this.images = new EnumMap<>(images);
        this.segmentations = new EnumMap<>(segmentations);
        for (Plane p : Plane.values()) {
            Objects.requireNonNull(this.images.get(p), "image " + p);
            Objects.requireNonNull(this.segmentations.get(p), "segmentation " + p);
        }
    }

    /** Breast id the file names use. */
    public String uid() {
        return uid;
    }

    /** The tip; sagittal plane = column {@code tip.col()}, transversal plane = row {@code tip.row()}. */
    public Tip tip() {
        return tip;
    }

    /** Slice the coronal images show. */
    public int coronalSlice() {
        return coronalSlice;
    }

    /** The settings they were rendered with. */
    public RenderSettings settings() {
        return settings;
    }

    /** The windowed HU image of a plane (8-bit grey). */
    public BufferedImage image(Plane plane) {
        return images.get(plane);
    }

    /** The segmentation image of a plane (grey, colour or overlay as the settings say). */
    public BufferedImage segmentation(Plane plane) {
        return segmentations.get(plane);
    }

    /** A sentence for logs: planes and tip. */
    public String describe() {
        return uid + ": coronal slice " + coronalSlice + ", sagittal column " + tip.col() + ", transversal row "
                + tip.row() + "; " + tip.describe();
    }
}
