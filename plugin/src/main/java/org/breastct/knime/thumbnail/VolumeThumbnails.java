package org.breastct.knime.thumbnail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.breastct.render.ImageRenderer;
import org.breastct.render.LabelPalette;
import org.breastct.render.RenderSettings;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Volume;

/**
 * The thumbnail of a volume cell: its mid coronal slice ({@code vol[nz / 2]}), drawn by the
 * representative-image renderer and fitted into a square of {@code size} pixels. Plain Java2D, no
 * KNIME classes.
 * <ul>
 * <li>int16 (HU image): grey in the method's window [-1024, 200] HU ({@link RenderSettings#DEFAULTS}),
 * scaled with bilinear interpolation;</li>
 * <li>uint8 (labels): the Okabe-Ito colour of each code ({@link LabelPalette}), scaled nearest-neighbour
 * so no mixed colours appear;</li>
 * <li>bool (mask): white where true, black elsewhere, nearest-neighbour.</li>
 * </ul>
 * Fitting keeps the aspect ratio of the slice in millimetres (row spacing y, column spacing x): the
 * longer side becomes {@code size} pixels, the other {@code max(1, round(size * shorter / longer))};
 * the image is never enlarged beyond {@code size} nor above one pixel per voxel times {@code size}.
 */
public final class VolumeThumbnails {

    /** Side of the square a table thumbnail fits into, in pixels. */
    public static final int SIZE = 96;

    private VolumeThumbnails() {
    }

    /** The slice a thumbnail shows: {@code nz / 2} (integer division). */
    public static int midSlice(final Dims d) {
        return d.nz() / 2;
    }

    /**
     * The thumbnail of a one-slice volume (as {@code VolumeValue#getCoronalSlice} returns it).
     *
     * @param slice a volume with {@code nz == 1} and at least one row and column
     * @param size side of the square to fit into (1 or more)
     * @return an RGB image whose longer side is {@code size}
     * @throws IllegalArgumentException if the slice is not 2-D or empty, or size is below 1
     */
    public static BufferedImage draw(final Volume slice, final int size) {
        if (size < 1) {
            throw new IllegalArgumentException("thumbnail size must be at least 1, got " + size);
        }
        Dims d = slice.dims();
        if (d.nz() != 1 || d.ny() == 0 || d.nx() == 0) {
            throw new IllegalArgumentException("thumbnail of '" + slice.id() + "': " + d + " is not a 2-D slice");
        }
        BufferedImage full;
        boolean smooth;
        if (slice instanceof ShortVolume s) {
            full = ImageRenderer.grey(s, RenderSettings.DEFAULTS.windowLow(), RenderSettings.DEFAULTS.windowHigh(), 1);
            smooth = true;
        } else if (slice instanceof ByteVolume b) {
            full = ImageRenderer.labelsColour(b, 1);
            smooth = false;
        } else {
            full = mask((MaskVolume) slice);
            smooth = false;
        }
        double heightMm = d.ny() * slice.spacing().y();
        double widthMm = d.nx() * slice.spacing().x();
        int w;
        int h;
        if (widthMm >= heightMm) {
            w = size;
            h = (int) Math.max(1, Math.round(size * heightMm / widthMm));
        } else {
            h = size;
            w = (int) Math.max(1, Math.round(size * widthMm / heightMm));
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(full, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Paints a thumbnail centred into a {@code width x height} area (a table cell), scaled down to fit
     * if the area is smaller (never enlarged), on the given background.
     */
    public static void paint(final Graphics2D g, final BufferedImage thumb, final int width, final int height,
            final Color background) {
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        double f = Math.min(1.0, Math.min((double) width / thumb.getWidth(), (double) height / thumb.getHeight()));
        int w = (int) Math.max(1, Math.floor(thumb.getWidth() * f));
        int h = (int) Math.max(1, Math.floor(thumb.getHeight() * f));
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(thumb, (width - w) / 2, (height - h) / 2, w, h, null);
    }

    private static BufferedImage mask(final MaskVolume m) {
        Dims d = m.dims();
        BufferedImage img = new BufferedImage(d.nx(), d.ny(), BufferedImage.TYPE_INT_RGB);
        boolean[] a = m.data();
        for (int y = 0, i = 0; y < d.ny(); y++) {
            for (int x = 0; x < d.nx(); x++, i++) {
                img.setRGB(x, y, a[i] ? 0xFFFFFF : 0);
            }
        }
        return img;
    }
}
