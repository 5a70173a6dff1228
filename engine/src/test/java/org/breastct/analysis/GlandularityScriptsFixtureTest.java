package org.breastct.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

/**
 * HU_G and Seg_G of the synthetic case of {@code org/breastct/render/make_scripts_fixture.py} as the
 * authors' Image_extraction.py computes them (nearest 0.1-HU grid point, linear interpolation).
 */
class GlandularityScriptsFixtureTest {

    private static final String FOLDER = "/org/breastct/render/";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GlandularityScriptsFixtureTest.class.getResourceAsStream(FOLDER + name)) {
            assertNotNull(in, "test resource " + FOLDER + name);
            return in.readAllBytes();
        }
    }

    @Test
    void matchesTheScripts() throws IOException {
        Map<String, String> expected = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(resource("scripts_case.txt")), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    int sp = line.indexOf(' ');
                    expected.put(line.substring(0, sp), line.substring(sp + 1));
                }
            }
        }
        String[] s = expected.get("shape").split(" ");
        Dims d = new Dims(Integer.parseInt(s[0]), Integer.parseInt(s[1]), Integer.parseInt(s[2]));
        short[] hu = new short[d.size()];
        ByteBuffer.wrap(resource("scripts_case_image.raw")).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(hu);
        ShortVolume image = new ShortVolume("case", d, Spacing.BREAST_CT, hu);
        ByteVolume labels = new ByteVolume("case", d, Spacing.BREAST_CT, resource("scripts_case_labels.raw"));

        GlandularityResult res = GlandularityAnalysis.analyse(image, labels);
        assertEquals(Double.parseDouble(expected.get("mean_hu_tissue")), res.meanHuTissue(), 1e-6);
        assertEquals(expected.get("HU_G"), String.format(Locale.ROOT, "%.4f", res.huG()));
        assertEquals(expected.get("Seg_G"), String.format(Locale.ROOT, "%.4f", res.segG()));
    }
}
