package org.breastct.render;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;

/**
 * Representative images of a segmented breast, docs/method.md section 3 (script
 * {@code Image_extraction.py}).
 *
 * <p>Inputs: the HU image and its label volume, same shape. Tip: {@link Planes#tip} of the labels.
 * Planes: coronal = the slice the settings choose (scripts: 0), sagittal = column tip.col of all
 * slices, transversal = row tip.row of all slices, oriented as in {@link Plane}. For each plane
 * the windowed HU image and the segmentation image in the settings' {@link LabelMode}, rendered by
 * {@link ImageRenderer}. With {@link RenderSettings#DEFAULTS} the pixel values equal the scripts'
 * matplotlib PNGs (grey channel). Nothing is written; see {@link RepresentativeImageFiles}.
 */
public final class RepresentativeImageRenderer {

    private RepresentativeImageRenderer() {
    }

    /**
     * @throws IllegalArgumentException if the shapes differ or the coronal slice is outside the
     *         volume (messages name the id)
     */
    public static RepresentativeImages render(ShortVolume image, ByteVolume labels, RenderSettings settings) {
        if (!image.dims().equals(labels.dims())) {
            throw new IllegalArgumentException("representative images of '" + image.id() + "': image has shape "
                    + image.dims() + " but segmentation '" + labels.id() + "' has shape " + labels.dims());
        }
        if (image.dims().size() == 0) {
            throw new IllegalArgumentException("representative images of '" + image.id() + "': the volume is empty ("
                    + image.dims() + ")");
        }
        Tip tip = Planes.tip(labels);
        int c = coronalSlice(labels, tip, settings);
        if (c >= image.dims().nz()) {
            throw new IllegalArgumentException("representative images of '" + image.id() + "': coronal slice " + c
                    + " is outside the volume's " + image.dims().nz() + " slices");
        }
        Map<Plane, BufferedImage> imgs = new EnumMap<>(Plane.class);
        Map<Plane, BufferedImage> segs = new EnumMap<>(Plane.class);
        put(imgs, segs, Plane.CORONAL, Planes.coronal(image, c), Planes.coronal(labels, c), settings);
        put(imgs, segs, Plane.SAGITTAL, Planes.sagittal(image, tip.col()), Planes.sagittal(labels, tip.col()), settings);
        put(imgs, segs, Plane.TRANSVERSAL, Planes.transversal(image, tip.row()), Planes.transversal(labels, tip.row()),
                settings);
        return new RepresentativeImages(image.id(), tip, c, settings, imgs, segs);
    }

    /** {@link #render(ShortVolume, ByteVolume, RenderSettings)} with {@link RenderSettings#DEFAULTS}. */
    public static RepresentativeImages render(ShortVolume image, ByteVolume labels) {
        return render(image, labels, RenderSettings.DEFAULTS);
    }

    /** The coronal slice index the settings choose. */
    static int coronalSlice(ByteVolume labels, Tip tip, RenderSettings s) {
        return switch (s.coronalPlane()) {
            case SLICE -> s.coronalSlice();
            case TIP -> tip.slice();
            case LARGEST_TRANSECTION -> Planes.largestTransection(labels);
        };
    }

    private static void put(Map<Plane, BufferedImage> imgs, Map<Plane, BufferedImage> segs, Plane p,
            ShortVolume imagePlane, ByteVolume labelPlane, RenderSettings s) {
        imgs.put(p, ImageRenderer.image(imagePlane, s));
        segs.put(p, ImageRenderer.segmentation(imagePlane, labelPlane, s));
    }
}
