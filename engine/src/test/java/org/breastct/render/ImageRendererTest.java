package org.breastct.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

class ImageRendererTest {

    /** 2 rows x 3 columns of HU: [[-2000, -1024, -412], [200, 1000, -1019]]. */
    private static ShortVolume huPlane() {
        return new ShortVolume("p", Dims.slice(2, 3), Spacing.UNIT, new short[] {-2000, -1024, -412, 200, 1000, -1019});
    }

    private static int grey(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }

    private static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void greyWindowAtKnownPixels() {
        BufferedImage img = ImageRenderer.grey(huPlane(), -1024, 200, 1);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
        assertEquals(3, img.getWidth());
        assertEquals(2, img.getHeight());
        // pixel (x, y) = voxel (row y, col x)
        assertEquals(0, grey(img, 0, 0));
        assertEquals(0, grey(img, 1, 0));
        assertEquals(128, grey(img, 2, 0));
        assertEquals(255, grey(img, 0, 1));
        assertEquals(255, grey(img, 1, 1));
        assertEquals(1, grey(img, 2, 1));
        // another window: [-412, 200] puts -412 at black, 200 white, 1000 white
        BufferedImage narrow = ImageRenderer.grey(huPlane(), -412, 200, 1);
        assertEquals(0, grey(narrow, 2, 0));
        assertEquals(255, grey(narrow, 0, 1));
    }

    @Test
    void upscalingRepeatsEachVoxelAsABlock() {
        BufferedImage img = ImageRenderer.grey(huPlane(), -1024, 200, 3);
        assertEquals(9, img.getWidth());
        assertEquals(6, img.getHeight());
        int[][] expected = {{0, 0, 128}, {255, 255, 1}};
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 9; x++) {
                assertEquals(expected[y / 3][x / 3], grey(img, x, y), "pixel " + x + "," + y);
            }
        }
        ByteVolume lab = new ByteVolume("l", Dims.slice(1, 2), Spacing.UNIT, new byte[] {2, 7});
        BufferedImage c = ImageRenderer.labelsColour(lab, 2);
        assertEquals(4, c.getWidth());
        assertEquals(2, c.getHeight());
        assertEquals(0x0072B2, rgb(c, 1, 1));
        assertEquals(0x56B4E9, rgb(c, 2, 0));
        assertEquals(0x56B4E9, rgb(c, 3, 1));
    }

    @Test
    void labelGreyRamp() {
        byte[] codes = {0, 1, 2, 3, 4, 5, 6, 7, 9, (byte) 200};
        BufferedImage img = ImageRenderer.labelsGrey(new ByteVolume("l", Dims.slice(1, 10), Spacing.UNIT, codes), 1);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
        int[] expected = {0, 42, 85, 128, 170, 213, 255, 255, 255, 255};
        for (int x = 0; x < 10; x++) {
            assertEquals(expected[x], grey(img, x, 0), "code " + (codes[x] & 0xFF));
        }
    }

    @Test
    void colourModeUsesTheOkabeItoPalette() {
        byte[] codes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12};
        BufferedImage img = ImageRenderer.labelsColour(new ByteVolume("l", Dims.slice(1, 11), Spacing.UNIT, codes), 1);
        assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
        int[] expected = {0x000000, 0xF0E442, 0x0072B2, 0xE69F00, 0xD55E00, 0xFFFFFF, 0xCC79A7, 0x56B4E9, 0x009E73,
            0x999999, 0x009E73};
        for (int x = 0; x < expected.length; x++) {
            assertEquals(expected[x], rgb(img, x, 0), "code " + codes[x]);
        }
    }

    @Test
    void overlayBlendsLabelColoursOverGrey() {
        // HU -412 -> grey 128 everywhere; labels air, glands (0x0072B2), fat (0xF0E442)
        short[] hu = {-412, -412, -412};
        byte[] lab = {0, 2, 1};
        ShortVolume img = new ShortVolume("o", Dims.slice(1, 3), Spacing.UNIT, hu);
        ByteVolume labels = new ByteVolume("o", Dims.slice(1, 3), Spacing.UNIT, lab);
        BufferedImage o = ImageRenderer.overlay(img, labels, -1024, 200, 0.4, 1);
        assertEquals(0x808080, rgb(o, 0, 0), "air is not coloured");
        // glands: R 0.6*128 + 0.4*0 = 76.8 -> 77; G 76.8 + 0.4*114 = 122.4 -> 122; B 76.8 + 0.4*178 = 148
        assertEquals(77 << 16 | 122 << 8 | 148, rgb(o, 1, 0));
        // fat: R 76.8 + 0.4*240 = 172.8 -> 173; G 76.8 + 0.4*228 = 168 ; B 76.8 + 0.4*66 = 103.2 -> 103
        assertEquals(173 << 16 | 168 << 8 | 103, rgb(o, 2, 0));
        assertEquals(0x808080, rgb(ImageRenderer.overlay(img, labels, -1024, 200, 0, 1), 1, 0));
        assertEquals(0x0072B2, rgb(ImageRenderer.overlay(img, labels, -1024, 200, 1, 1), 1, 0));
        // half way: 0.5*128 + 0.5*0 = 64; 0.5*128 + 0.5*114 = 121; 0.5*128 + 0.5*178 = 153
        assertEquals(64 << 16 | 121 << 8 | 153, rgb(ImageRenderer.overlay(img, labels, -1024, 200, 0.5, 1), 1, 0));
        assertEquals(3, ImageRenderer.blend(5, 0, 0.5), "2.5 rounds half up");
    }

    @Test
    void rejectsBadInput() {
        ShortVolume vol = ShortVolume.zeros("v3d", new Dims(2, 2, 2), Spacing.UNIT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageRenderer.grey(vol, -1024, 200, 1));
        assertTrue(e.getMessage().contains("v3d"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImageRenderer.grey(huPlane(), -1024, 200, 0));
        assertThrows(IllegalArgumentException.class, () -> ImageRenderer.overlay(huPlane(),
                ByteVolume.zeros("l", Dims.slice(3, 2), Spacing.UNIT), -1024, 200, 0.4, 1));
        assertThrows(IllegalArgumentException.class, () -> ImageRenderer.overlay(huPlane(),
                ByteVolume.zeros("l", Dims.slice(2, 3), Spacing.UNIT), -1024, 200, 1.5, 1));
    }

    @Test
    void legendHasOneSwatchPerCodeAndText() {
        int[] codes = LabelPalette.LEGEND_CODES;
        BufferedImage legend = LabelPalette.legend();
        int row = LabelPalette.SWATCH + LabelPalette.LEGEND_GAP;
        assertEquals(LabelPalette.LEGEND_GAP + codes.length * row, legend.getHeight());
        for (int k = 0; k < codes.length; k++) {
            int cx = LabelPalette.LEGEND_GAP + LabelPalette.SWATCH / 2;
            int cy = LabelPalette.LEGEND_GAP + k * row + LabelPalette.SWATCH / 2;
            assertEquals(LabelPalette.rgb(codes[k]), rgb(legend, cx, cy), "swatch of code " + codes[k]);
            // some dark text pixel right of the swatch
            boolean text = false;
            for (int x = 2 * LabelPalette.LEGEND_GAP + LabelPalette.SWATCH; x < legend.getWidth() && !text; x++) {
                for (int y = cy - LabelPalette.SWATCH / 2; y < cy + LabelPalette.SWATCH / 2; y++) {
                    if ((rgb(legend, x, y) & 0xFF) < 100) {
                        text = true;
                    }
                }
            }
            assertTrue(text, "label text of code " + codes[k]);
        }
        assertEquals(0xFFFFFF, rgb(legend, legend.getWidth() - 1, 0), "white background");
        assertEquals(LabelPalette.LEGEND_GAP + 2 * row, LabelPalette.legend(new int[] {2, 7}).getHeight());
    }
}
