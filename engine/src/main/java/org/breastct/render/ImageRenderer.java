package org.breastct.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Volume;

/**
 * Turns 2-D planes (volumes with {@code nz == 1}, see {@link Planes}) into images: pixel (x, y) of
 * the image is voxel (row y, column x) of the plane, each voxel drawn as a {@code scale x scale}
 * block (nearest-neighbour upscaling; scale 1 = one pixel per voxel).
 *
 * <ul>
 * <li>{@link #grey}: {@link BufferedImage#TYPE_BYTE_GRAY}, HU windowed with {@link GreyMapping}.</li>
 * <li>{@link #labelsGrey}: TYPE_BYTE_GRAY, {@link GreyMapping#labelGrey} (0..6 black to white).</li>
 * <li>{@link #labelsColour}: {@link BufferedImage#TYPE_INT_RGB}, {@link LabelPalette#rgb}.</li>
 * <li>{@link #overlay}: TYPE_INT_RGB; air (0) shows the grey image, any other label the blend, per
 * channel, {@code round((1 - alpha) * grey + alpha * colour)} with {@link Math#round} (halves up).</li>
 * </ul>
 * O(output pixels), table lookups only.
 */
public final class ImageRenderer {

    private ImageRenderer() {
    }

    /** The windowed grey image of the settings' window and scale. */
    public static BufferedImage image(ShortVolume plane, RenderSettings s) {
        return grey(plane, s.windowLow(), s.windowHigh(), s.scale());
    }

    /** The segmentation image in the settings' label mode (the image plane is used by OVERLAY only). */
    public static BufferedImage segmentation(ShortVolume imagePlane, ByteVolume labelPlane, RenderSettings s) {
        return switch (s.labelMode()) {
            case GREY -> labelsGrey(labelPlane, s.scale());
            case COLOUR -> labelsColour(labelPlane, s.scale());
            case OVERLAY -> overlay(imagePlane, labelPlane, s.windowLow(), s.windowHigh(), s.overlayAlpha(), s.scale());
        };
    }

    /** HU plane in the window [low, high], 8-bit grey. */
    public static BufferedImage grey(ShortVolume plane, int low, int high, int scale) {
        Dims d = planeDims(plane);
        byte[] lut = GreyMapping.shortTable(low, high);
        short[] src = plane.data();
        BufferedImage img = new BufferedImage(size(d.nx(), scale, plane), size(d.ny(), scale, plane),
                BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int w = img.getWidth();
        for (int y = 0; y < d.ny(); y++) {
            int rowStart = y * scale * w;
            int s = y * d.nx();
            for (int x = 0, o = rowStart; x < d.nx(); x++, s++) {
                byte v = lut[src[s] - Short.MIN_VALUE];
                for (int k = 0; k < scale; k++) {
                    dst[o++] = v;
                }
            }
            replicateRow(dst, rowStart, w, scale);
        }
        return img;
    }

    /** Label plane as the scripts' grey ramp (0..6 black to white, above 6 white). */
    public static BufferedImage labelsGrey(ByteVolume plane, int scale) {
        Dims d = planeDims(plane);
        byte[] lut = GreyMapping.byteTable(GreyMapping.LABEL_LOW, GreyMapping.LABEL_HIGH);
        byte[] src = plane.data();
        BufferedImage img = new BufferedImage(size(d.nx(), scale, plane), size(d.ny(), scale, plane),
                BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int w = img.getWidth();
        for (int y = 0; y < d.ny(); y++) {
            int rowStart = y * scale * w;
            int s = y * d.nx();
            for (int x = 0, o = rowStart; x < d.nx(); x++, s++) {
                byte v = lut[src[s] & 0xFF];
                for (int k = 0; k < scale; k++) {
                    dst[o++] = v;
                }
            }
            replicateRow(dst, rowStart, w, scale);
        }
        return img;
    }

    /** Label plane in the {@link LabelPalette} colours. */
    public static BufferedImage labelsColour(ByteVolume plane, int scale) {
        Dims d = planeDims(plane);
        int[] lut = LabelPalette.table();
        byte[] src = plane.data();
        BufferedImage img = new BufferedImage(size(d.nx(), scale, plane), size(d.ny(), scale, plane),
                BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int w = img.getWidth();
        for (int y = 0; y < d.ny(); y++) {
            int rowStart = y * scale * w;
            int s = y * d.nx();
            for (int x = 0, o = rowStart; x < d.nx(); x++, s++) {
                int v = lut[src[s] & 0xFF];
                for (int k = 0; k < scale; k++) {
                    dst[o++] = v;
                }
            }
            replicateRow(dst, rowStart, w, scale);
        }
        return img;
    }

    /**
     * Label colours blended over the windowed grey image with opacity {@code alpha}; air is not
     * coloured.
     *
     * @throws IllegalArgumentException if the planes' shapes differ or alpha is outside [0, 1]
     */
    public static BufferedImage overlay(ShortVolume imagePlane, ByteVolume labelPlane, int low, int high,
            double alpha, int scale) {
        Dims d = planeDims(imagePlane);
        if (!d.equals(labelPlane.dims())) {
            throw new IllegalArgumentException("overlay of '" + imagePlane.id() + "': image plane " + d
                    + " and label plane '" + labelPlane.id() + "' " + labelPlane.dims() + " differ in shape");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("overlay alpha must be in [0, 1], got " + alpha);
        }
        byte[] greyLut = GreyMapping.shortTable(low, high);
        int[] blend = blendTable(alpha);
        short[] hu = imagePlane.data();
        byte[] lab = labelPlane.data();
        BufferedImage img = new BufferedImage(size(d.nx(), scale, imagePlane), size(d.ny(), scale, imagePlane),
                BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int w = img.getWidth();
        for (int y = 0; y < d.ny(); y++) {
            int rowStart = y * scale * w;
            int s = y * d.nx();
            for (int x = 0, o = rowStart; x < d.nx(); x++, s++) {
                int g = greyLut[hu[s] - Short.MIN_VALUE] & 0xFF;
                int v = blend[((lab[s] & 0xFF) << 8) | g];
                for (int k = 0; k < scale; k++) {
                    dst[o++] = v;
                }
            }
            replicateRow(dst, rowStart, w, scale);
        }
        return img;
    }

    /** RGB of label l over grey g at index (l << 8 | g); label 0 = the grey itself. */
    static int[] blendTable(double alpha) {
        int[] t = new int[256 * 256];
        for (int g = 0; g < 256; g++) {
            t[g] = g << 16 | g << 8 | g;
        }
        for (int l = 1; l < 256; l++) {
            int c = LabelPalette.rgb(l);
            for (int g = 0; g < 256; g++) {
                t[l << 8 | g] = blend(g, c >> 16 & 0xFF, alpha) << 16 | blend(g, c >> 8 & 0xFF, alpha) << 8
                        | blend(g, c & 0xFF, alpha);
            }
        }
        return t;
    }

    /** One channel of the overlay: {@code round((1 - alpha) * grey + alpha * colour)}. */
    static int blend(int grey, int colour, double alpha) {
        return (int) Math.round((1 - alpha) * grey + alpha * colour);
    }

    private static Dims planeDims(Volume plane) {
        Dims d = plane.dims();
        if (d.nz() != 1) {
            throw new IllegalArgumentException("volume '" + plane.id() + "' (" + d + ") is not a 2-D plane (nz must be 1)");
        }
        if (d.ny() == 0 || d.nx() == 0) {
            throw new IllegalArgumentException("plane of '" + plane.id() + "' (" + d + ") is empty");
        }
        return d;
    }

    private static int size(int n, int scale, Volume plane) {
        if (scale < 1 || scale > RenderSettings.MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1.." + RenderSettings.MAX_SCALE + ", got " + scale);
        }
        long s = (long) n * scale;
        if (s > 1 << 15) {
            throw new IllegalArgumentException("image of '" + plane.id() + "': " + n + " pixels x scale " + scale
                    + " exceeds the 32768-pixel limit per side");
        }
        return (int) s;
    }

    /** Copies the output row at {@code rowStart} to the next {@code scale - 1} rows. */
    private static void replicateRow(Object dst, int rowStart, int width, int scale) {
        for (int k = 1; k < scale; k++) {
            System.arraycopy(dst, rowStart, dst, rowStart + k * width, width);
        }
    }
}
