package org.breastct.knime.thumbnail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.breastct.render.GreyMapping;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

/** The pictures the volume thumbnail renderer draws, checked pixel by pixel. */
class VolumeThumbnailsTest {

    @Test
    void midSliceIsTheMiddleRoundedDown() {
        assertEquals(2, VolumeThumbnails.midSlice(new Dims(5, 3, 3)));
        assertEquals(2, VolumeThumbnails.midSlice(new Dims(4, 3, 3)));
        assertEquals(0, VolumeThumbnails.midSlice(new Dims(1, 3, 3)));
    }

    @Test
    void imageSliceIsGreyInTheMethodWindowAtOnePixelPerVoxel() {
        // 2 x 4 voxels, isotropic; size 4 = the slice width, so no resampling
        short[] hu = {-2000, -1024, -412, 200, 0, 100, 5000, -800};
        BufferedImage img = VolumeThumbnails.draw(new ShortVolume("B", new Dims(1, 2, 4), Spacing.BREAST_CT, hu), 4);
        assertEquals(4, img.getWidth());
        assertEquals(2, img.getHeight());
        int[] expectedGrey = {0, 0, 128, 255, GreyMapping.grey(0, -1024, 200), GreyMapping.grey(100, -1024, 200), 255,
            GreyMapping.grey(-800, -1024, 200)};
        for (int i = 0; i < hu.length; i++) {
            int g = expectedGrey[i];
            assertEquals(g << 16 | g << 8 | g, img.getRGB(i % 4, i / 4) & 0xFFFFFF, "voxel " + i + " (" + hu[i] + " HU)");
        }
    }

    @Test
    void labelSliceIsInThePaletteColoursWithoutMixedColoursWhenEnlarged() {
        byte[] lab = {0, 1, 2, 3};
        BufferedImage img = VolumeThumbnails.draw(new ByteVolume("B", new Dims(1, 2, 2), Spacing.UNIT, lab), 4);
        assertEquals(4, img.getWidth());
        assertEquals(4, img.getHeight());
        int[][] expected = {{0x000000, 0x000000, 0xF0E442, 0xF0E442}, {0x000000, 0x000000, 0xF0E442, 0xF0E442},
            {0x0072B2, 0x0072B2, 0xE69F00, 0xE69F00}, {0x0072B2, 0x0072B2, 0xE69F00, 0xE69F00}};
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertEquals(expected[y][x], img.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void maskIsWhiteOnBlack() {
        boolean[] m = {true, false, false, true};
        BufferedImage img = VolumeThumbnails.draw(new MaskVolume("C", new Dims(1, 2, 2), Spacing.UNIT, m), 2);
        assertEquals(0xFFFFFF, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x000000, img.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(0xFFFFFF, img.getRGB(1, 1) & 0xFFFFFF);
    }

    @Test
    void aspectRatioFollowsTheSpacingInMillimetres() {
        // 10 x 10 voxels of 2 mm (rows) x 1 mm (columns): 20 mm high, 10 mm wide
        BufferedImage tall = VolumeThumbnails.draw(
            new ShortVolume("B", new Dims(1, 10, 10), new Spacing(1, 2, 1), new short[100]), 96);
        assertEquals(48, tall.getWidth());
        assertEquals(96, tall.getHeight());
        // 3 rows x 7 columns, isotropic: 96 wide, round(96 * 3 / 7) = 41 high
        BufferedImage wide = VolumeThumbnails.draw(new ShortVolume("B", new Dims(1, 3, 7), Spacing.UNIT, new short[21]),
            96);
        assertEquals(96, wide.getWidth());
        assertEquals(41, wide.getHeight());
    }

    @Test
    void paintCentresWithoutEnlargingAndShrinksToFit() {
        BufferedImage thumb = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 2; y++) {
                thumb.setRGB(x, y, 0xFF0000);
            }
        }
        BufferedImage cell = paintInto(thumb, 10, 6);
        // 4 x 2 at ((10 - 4) / 2, (6 - 2) / 2) = (3, 2)
        assertEquals(0xFFFFFF, cell.getRGB(2, 2) & 0xFFFFFF);
        assertEquals(0xFF0000, cell.getRGB(3, 2) & 0xFFFFFF);
        assertEquals(0xFF0000, cell.getRGB(6, 3) & 0xFFFFFF);
        assertEquals(0xFFFFFF, cell.getRGB(7, 3) & 0xFFFFFF);
        assertEquals(0xFFFFFF, cell.getRGB(3, 4) & 0xFFFFFF);

        BufferedImage small = paintInto(thumb, 2, 2);
        // shrunk to 2 x 1 at (0, 0): top row red, bottom row background
        assertEquals(0xFF0000, small.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFFFFFF, small.getRGB(0, 1) & 0xFFFFFF);
    }

    /** A white cell of width x height with the thumbnail painted into it. */
    private static BufferedImage paintInto(final BufferedImage thumb, final int width, final int height) {
        BufferedImage cell = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = cell.createGraphics();
        VolumeThumbnails.paint(g, thumb, width, height, Color.WHITE);
        g.dispose();
        return cell;
    }

    @Test
    void refusesVolumesThatAreNotSlices() {
        String m = assertThrows(IllegalArgumentException.class,
            () -> VolumeThumbnails.draw(new ShortVolume("B9", new Dims(2, 2, 2), Spacing.UNIT, new short[8]), 96))
            .getMessage();
        assertEquals("thumbnail of 'B9': 2x2x2 is not a 2-D slice", m);
    }
}
