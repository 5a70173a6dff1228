package org.breastct.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * The synthetic case of {@code make_scripts_fixture.py} (test resources of this package): HU image,
 * labels and what the authors' Image_extraction.py computes for them.
 */
final class ScriptsFixture {

    public static final String FOLDER = "/org/breastct/render/";

    public final Dims dims;
    public final ShortVolume image;
    public final ByteVolume labels;
    /** Lines of scripts_case.txt: key -> values after the key. */
    public final Map<String, String[]> expected = new HashMap<>();

    private ScriptsFixture() throws IOException {
        try (InputStream in = stream("scripts_case.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] t = line.split(" ");
                    String[] v = new String[t.length - 1];
                    System.arraycopy(t, 1, v, 0, v.length);
                    expected.put(t[0], v);
                }
            }
        }
        String[] s = expected.get("shape");
        dims = new Dims(Integer.parseInt(s[0]), Integer.parseInt(s[1]), Integer.parseInt(s[2]));
        byte[] raw;
        try (InputStream in = stream("scripts_case_image.raw")) {
            raw = in.readAllBytes();
        }
        short[] hu = new short[dims.size()];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(hu);
        image = new ShortVolume("case", dims, Spacing.BREAST_CT, hu);
        byte[] lab;
        try (InputStream in = stream("scripts_case_labels.raw")) {
            lab = in.readAllBytes();
        }
        labels = new ByteVolume("segmentation_case", dims, Spacing.BREAST_CT, lab);
    }

    public static ScriptsFixture load() throws IOException {
        return new ScriptsFixture();
    }

    public static InputStream stream(String name) throws IOException {
        InputStream in = ScriptsFixture.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("test resource " + FOLDER + name + " is missing (run make_scripts_fixture.py)");
        }
        return in;
    }
}
