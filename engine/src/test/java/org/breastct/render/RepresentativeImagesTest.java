package org.breastct.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six images of {@link TestVolumes} (12 x 20 x 24). Grey levels of its HU values in the window
 * [-1024, 200]: air 0, fat (-412) 128, glands (-100) trunc(256 * 924 / 1224) = 193, skin (0)
 * trunc(256 * 1024 / 1224) = 214, muscle (50) trunc(256 * 1074 / 1224) = 224. Label greys: fat 42,
 * glands 85, skin 128, muscle 170.
 */
class RepresentativeImagesTest {

    @TempDir
    Path dir;

    private static int grey(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }

    private static RepresentativeImages render(RenderSettings s) {
        return RepresentativeImageRenderer.render(TestVolumes.image(), TestVolumes.labels(), s);
    }

    @Test
    void defaultsReproduceTheScripts() {
        RepresentativeImages r = RepresentativeImageRenderer.render(TestVolumes.image(), TestVolumes.labels());
        assertEquals("b1", r.uid());
        assertEquals(new Tip(9, 3, 11, Tip.Source.LAST_50), r.tip());
        assertEquals(0, r.coronalSlice());

        BufferedImage c = r.image(Plane.CORONAL);
        BufferedImage sc = r.segmentation(Plane.CORONAL);
        assertEquals(24, c.getWidth());
        assertEquals(20, c.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, sc.getType());
        int[][] coronal = {
            // x, y, image grey, label grey
            {0, 0, 0, 0}, {6, 6, 128, 42}, {10, 8, 193, 85}, {6, 5, 214, 128}, {7, 14, 224, 170}, {10, 14, 128, 42},
            {17, 14, 128, 42}, {18, 14, 0, 0}};
        for (int[] p : coronal) {
            assertEquals(p[2], grey(c, p[0], p[1]), "img_c at " + p[0] + "," + p[1]);
            assertEquals(p[3], grey(sc, p[0], p[1]), "auto_seg_c at " + p[0] + "," + p[1]);
        }

        // sagittal: vol[:, :, 11], 12 rows (slices) x 20 columns (rows y)
        BufferedImage s = r.image(Plane.SAGITTAL);
        BufferedImage ss = r.segmentation(Plane.SAGITTAL);
        assertEquals(20, s.getWidth());
        assertEquals(12, s.getHeight());
        // slice 9 (pixel row 9) has labels only at columns 10 and 14, none at 11
        int[][] sagittal = {{8, 0, 193, 85}, {5, 2, 214, 128}, {14, 0, 128, 42}, {14, 8, 128, 42}, {3, 9, 0, 0},
            {4, 9, 0, 0}, {8, 10, 0, 0}, {8, 8, 193, 85}, {15, 3, 0, 0}};
        for (int[] p : sagittal) {
            assertEquals(p[2], grey(s, p[0], p[1]), "img_s at " + p[0] + "," + p[1]);
            assertEquals(p[3], grey(ss, p[0], p[1]), "auto_seg_s at " + p[0] + "," + p[1]);
        }

        // transversal: vol[:, 3, :], 12 rows (slices) x 24 columns; row 3 only crosses slice 9 at x = 10
        BufferedImage t = r.image(Plane.TRANSVERSAL);
        BufferedImage st = r.segmentation(Plane.TRANSVERSAL);
        assertEquals(24, t.getWidth());
        assertEquals(12, t.getHeight());
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 24; x++) {
                boolean gland = y == 9 && x == 10;
                assertEquals(gland ? 193 : 0, grey(t, x, y), "img_t at " + x + "," + y);
                assertEquals(gland ? 85 : 0, grey(st, x, y), "auto_seg_t at " + x + "," + y);
            }
        }
    }

    @Test
    void coronalPlaneChoice() {
        RepresentativeImages tip = render(RenderSettings.DEFAULTS.withCoronal(CoronalPlane.TIP, 0));
        assertEquals(9, tip.coronalSlice());
        assertEquals(85, grey(tip.segmentation(Plane.CORONAL), 14, 4));
        assertEquals(0, grey(tip.segmentation(Plane.CORONAL), 6, 6));

        RepresentativeImages four = render(RenderSettings.DEFAULTS.withCoronal(CoronalPlane.SLICE, 4));
        assertEquals(4, four.coronalSlice());
        assertEquals(42, grey(four.segmentation(Plane.CORONAL), 7, 14), "no muscle outside slice 0");

        assertEquals(0, render(RenderSettings.DEFAULTS.withCoronal(CoronalPlane.LARGEST_TRANSECTION, 7))
                .coronalSlice());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> render(RenderSettings.DEFAULTS.withCoronal(CoronalPlane.SLICE, 12)));
        assertTrue(e.getMessage().contains("b1") && e.getMessage().contains("12"), e.getMessage());
    }

    @Test
    void colourOverlayAndScale() {
        RepresentativeImages colour = render(RenderSettings.DEFAULTS.withLabelMode(LabelMode.COLOUR));
        BufferedImage sc = colour.segmentation(Plane.CORONAL);
        assertEquals(BufferedImage.TYPE_INT_RGB, sc.getType());
        assertEquals(0x0072B2, sc.getRGB(10, 8) & 0xFFFFFF);
        assertEquals(0xD55E00, sc.getRGB(7, 14) & 0xFFFFFF);
        assertEquals(0x000000, sc.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(193, grey(colour.image(Plane.CORONAL), 10, 8), "the HU image stays grey");

        RepresentativeImages overlay = render(RenderSettings.DEFAULTS.withLabelMode(LabelMode.OVERLAY));
        // glands: grey 193, blue (0, 114, 178), alpha 0.4: 115.8 -> 116, 161.4 -> 161, 187.0 -> 187
        assertEquals(116 << 16 | 161 << 8 | 187, overlay.segmentation(Plane.CORONAL).getRGB(10, 8) & 0xFFFFFF);
        assertEquals(0, overlay.segmentation(Plane.CORONAL).getRGB(0, 0) & 0xFFFFFF);

        RepresentativeImages big = render(RenderSettings.DEFAULTS.withScale(2));
        assertEquals(48, big.image(Plane.CORONAL).getWidth());
        assertEquals(40, big.image(Plane.CORONAL).getHeight());
        assertEquals(24, big.segmentation(Plane.SAGITTAL).getHeight());
        assertEquals(85, grey(big.segmentation(Plane.CORONAL), 21, 17));
    }

    @Test
    void shapeMismatchNamesTheIds() {
        ShortVolume img = ShortVolume.zeros("b9", new Dims(3, 4, 5), Spacing.UNIT);
        ByteVolume lab = ByteVolume.zeros("segmentation_b9", new Dims(3, 4, 6), Spacing.UNIT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RepresentativeImageRenderer.render(img, lab));
        assertTrue(e.getMessage().contains("b9") && e.getMessage().contains("segmentation_b9"), e.getMessage());
    }

    @Test
    void settingsAreValidated() {
        assertEquals(new RenderSettings(-1024, 200, LabelMode.GREY, CoronalPlane.SLICE, 0, 1, 0.4),
                RenderSettings.DEFAULTS);
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.DEFAULTS.withWindow(200, 200));
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.DEFAULTS.withScale(0));
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.DEFAULTS.withScale(17));
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.DEFAULTS.withOverlayAlpha(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.DEFAULTS.withCoronal(CoronalPlane.SLICE, -1));
    }

    @Test
    void fileNames() {
        assertEquals("img_c_b1.png", RepresentativeImageFiles.imageFileName(Plane.CORONAL, "b1"));
        assertEquals("img_s_b1.png", RepresentativeImageFiles.imageFileName(Plane.SAGITTAL, "b1"));
        assertEquals("auto_seg_t_b1.png", RepresentativeImageFiles.segmentationFileName(Plane.TRANSVERSAL, "b1"));
        assertThrows(IllegalArgumentException.class, () -> RepresentativeImageFiles.imageFileName(Plane.CORONAL,
                "../x"));
    }

    @Test
    void writesSixPngsAtomicallyWithThePixels() throws IOException {
        RepresentativeImages r = render(RenderSettings.DEFAULTS);
        Path out = dir.resolve("pngs");
        List<Path> files = RepresentativeImageFiles.write(r, out);
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("img_c_b1.png", "img_s_b1.png", "img_t_b1.png", "auto_seg_c_b1.png", "auto_seg_s_b1.png",
                "auto_seg_t_b1.png"), names);
        assertEquals(names.stream().sorted().toList(), listing(out), "exactly the six files, no temporary file");
        for (Plane p : Plane.values()) {
            assertSamePixels(r.image(p), ImageIO.read(out.resolve(RepresentativeImageFiles.imageFileName(p, "b1")).toFile()));
            assertSamePixels(r.segmentation(p),
                    ImageIO.read(out.resolve(RepresentativeImageFiles.segmentationFileName(p, "b1")).toFile()));
        }
        // a re-run replaces the files
        RepresentativeImages colour = render(RenderSettings.DEFAULTS.withLabelMode(LabelMode.COLOUR));
        RepresentativeImageFiles.write(colour, out);
        assertEquals(names.stream().sorted().toList(), listing(out));
        BufferedImage back = ImageIO.read(out.resolve("auto_seg_c_b1.png").toFile());
        assertEquals(0x0072B2, back.getRGB(10, 8) & 0xFFFFFF);
    }

    @Test
    void pngBytesDecodeToTheSameImage() throws IOException {
        BufferedImage img = render(RenderSettings.DEFAULTS.withLabelMode(LabelMode.OVERLAY)).segmentation(Plane.SAGITTAL);
        byte[] png = PngFiles.toBytes(img);
        assertEquals(0x89, png[0] & 0xFF);
        assertEquals('P', png[1]);
        assertSamePixels(img, ImageIO.read(new java.io.ByteArrayInputStream(png)));
    }

    @Test
    void failedWriteLeavesNoTemporaryFile() throws IOException {
        Path blocker = dir.resolve("img_c_b1.png");
        Files.createDirectory(blocker); // a folder where the file should go: the move fails
        Files.writeString(blocker.resolve("keep"), "x");
        assertThrows(IOException.class, () -> PngFiles.write(render(RenderSettings.DEFAULTS).image(Plane.CORONAL),
                blocker));
        assertEquals(List.of("img_c_b1.png"), listing(dir));
    }

    private static List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        if (expected.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, actual.getType(), "grey PNG stays 8-bit grey");
        }
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
