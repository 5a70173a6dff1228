package org.breastct.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * End to end against the authors' rendering: the six PNGs matplotlib wrote for the synthetic case
 * (make_scripts_fixture.py) must equal ours pixel for pixel (their RGBA grey = our grey level).
 */
class ScriptsFixtureTest {

    @Test
    void tipAndSixImagesMatchTheScripts() throws IOException {
        ScriptsFixture f = ScriptsFixture.load();
        RepresentativeImages r = RepresentativeImageRenderer.render(f.image, f.labels, RenderSettings.DEFAULTS);
        String[] tip = f.expected.get("tip");
        assertEquals(Integer.parseInt(tip[0]), r.tip().slice());
        assertEquals(Integer.parseInt(tip[1]), r.tip().row());
        assertEquals(Integer.parseInt(tip[2]), r.tip().col());
        for (Plane p : Plane.values()) {
            compare(r.image(p), "expected_img_" + p.letter() + "_case.png");
            compare(r.segmentation(p), "expected_auto_seg_" + p.letter() + "_case.png");
        }
    }

    private static void compare(BufferedImage ours, String name) throws IOException {
        BufferedImage theirs;
        try (InputStream in = ScriptsFixture.stream(name)) {
            theirs = ImageIO.read(in);
        }
        assertNotNull(theirs, name);
        assertEquals(theirs.getWidth(), ours.getWidth(), name + " width");
        assertEquals(theirs.getHeight(), ours.getHeight(), name + " height");
        int differing = 0;
        for (int y = 0; y < ours.getHeight(); y++) {
            for (int x = 0; x < ours.getWidth(); x++) {
                int argb = theirs.getRGB(x, y);
                int red = argb >> 16 & 0xFF;
                assertEquals(red, argb & 0xFF, name + ": not grey at " + x + "," + y);
                assertEquals(0xFF, argb >>> 24, name + ": not opaque at " + x + "," + y);
                if (ours.getRaster().getSample(x, y, 0) != red) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, name + ": pixels that differ from matplotlib's");
    }
}
