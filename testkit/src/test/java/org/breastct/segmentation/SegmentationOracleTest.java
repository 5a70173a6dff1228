package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.Phantom;
import org.breastct.progress.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Segments the phantoms of {@link OracleCases} and checks
 * <ol>
 * <li>voxel for voxel against an independent implementation of docs/method.md section 2 in Python on
 * scipy / scikit-image primitives ({@code segment_oracle.py}; fixtures {@code oracle/<case>.*} made by
 * {@code make_oracle_fixtures.sh} in the test resources of this package). When the phantom generator's
 * output no longer matches the CRC the fixture was made from, the test fails (never skips) and names that
 * command;</li>
 * <li>against the phantom's ground truth: fold / rib / implant found exactly when the phantom has them,
 * and per-label Dice above floors set from what the method achieves on these small phantoms (its fixed
 * sizes, e.g. band(25) and the 15-voxel marker depth, were made for 640-pixel slices, so glands and
 * muscle are well below the 0.98 seen on full-size volumes; see the floors' comments).</li>
 * </ol>
 */
class SegmentationOracleTest {

    private static TaskExecutor executor;

    @BeforeAll
    static void start() {
        executor = TaskExecutor.withThreads(2);
    }

    @AfterAll
    static void stop() {
        executor.close();
    }

    static Iterable<OracleCases.Case> cases() {
        return OracleCases.CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheOracleAndTheGroundTruth(OracleCases.Case c) throws IOException {
        Phantom p = OracleCases.phantom(c, executor);
        SegmentationResult r = new BreastSegmenter(c.settings(), executor).segment(p.image(), Progress.NONE);
        byte[] seg = r.labels().data();
        byte[] truth = p.truth().data();

        // Ground truth: detection flags.
        assertEquals(c.spec().fold(), r.foldFound(), "fold found");
        assertEquals(c.spec().fold(), r.fold() != null, "fold volume");
        assertEquals(c.spec().ribs() > 0, r.ribFound(), "rib found");
        assertEquals(c.spec().implant(), r.implantFound(), "implant found");
        assertTrue(r.muscleFound(), "muscle found");

        // Ground truth: Dice floors. Observed on these phantoms (PhantomGenerator of 2026-11-25):
        // air 1.000, fat 0.90-0.96, skin 0.72-0.88, rib 0.85-0.97, implant 0.86-0.90, fold volume 0.998,
        // muscle 0.29-0.79 and glands 0.27-0.54 (the method's marker and band sizes on 40-slice phantoms).
        String dice = diceSummary(seg, truth);
        assertTrue(dice(seg, truth, 0) > 0.999, dice);
        assertTrue(dice(seg, truth, 1) > 0.85, dice);
        assertTrue(dice(seg, truth, 3) > 0.65, dice);
        assertTrue(dice(seg, truth, 4) > 0.2, dice);
        assertTrue(dice(seg, truth, 2) > 0.2, dice);
        if (c.spec().ribs() > 0) {
            assertTrue(dice(seg, truth, 5) > 0.8, dice);
        }
        if (c.spec().implant()) {
            assertTrue(dice(seg, truth, 7) > 0.8, dice);
        }
        if (r.fold() != null) {
            boolean[] f = r.fold().data();
            long inter = 0;
            long a = 0;
            long b = 0;
            for (int i = 0; i < truth.length; i++) {
                boolean t = truth[i] == LabelCode.SKIN_FOLD;
                boolean s = i < f.length && f[i];
                a += t ? 1 : 0;
                b += s ? 1 : 0;
                inter += t && s ? 1 : 0;
            }
            assertTrue(2.0 * inter / (a + b) > 0.95, "fold volume Dice " + 2.0 * inter / (a + b));
        }

        // Oracle: voxel for voxel.
        Map<String, String> meta = meta(c.name());
        long crc = OracleCases.crc(p.image());
        // a changed phantom generator must not turn this check into a skip: the fixtures are then stale
        assertTrue(Long.toString(crc).equals(meta.get("crc32")), "phantom " + c.name() + " changed (CRC " + crc
                + ", fixture made from " + meta.get("crc32") + "): rerun make_oracle_fixtures.sh");
        byte[] oracle = gunzip(c.name() + ".labels.gz");
        assertEquals(seg.length, oracle.length, "fixture size");
        long differ = 0;
        long[][] confusion = new long[10][10];
        for (int i = 0; i < seg.length; i++) {
            if (seg[i] != oracle[i]) {
                differ++;
                confusion[oracle[i]][seg[i]]++;
            }
        }
        assertEquals(0, differ, () -> "voxels differing from the oracle (oracle -> java): " + confusion(confusion));
        int foldSlices = Integer.parseInt(meta.get("foldSlices"));
        if (foldSlices < 0) {
            assertNull(r.fold());
        } else {
            assertNotNull(r.fold());
            assertEquals(foldSlices, r.fold().dims().nz(), "fold slices");
            byte[] of = gunzip(c.name() + ".fold.gz");
            boolean[] jf = r.fold().data();
            assertEquals(of.length, jf.length);
            for (int i = 0; i < of.length; i++) {
                if ((of[i] != 0) != jf[i]) {
                    throw new AssertionError("fold differs from the oracle at flat index " + i);
                }
            }
        }
    }

    /** Dice of one label; 1 when neither volume holds it. */
    private static double dice(byte[] seg, byte[] truth, int label) {
        double d = org.breastct.validation.Dice.of(seg, truth, label);
        return Double.isNaN(d) ? 1 : d;
    }

    private static String diceSummary(byte[] seg, byte[] truth) {
        StringBuilder b = new StringBuilder("Dice vs truth:");
        for (int l = 0; l <= 7; l++) {
            b.append(String.format(Locale.ROOT, " %d=%.3f", l, dice(seg, truth, l)));
        }
        return b.toString();
    }

    private static String confusion(long[][] m) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (m[i][j] > 0) {
                    b.append(' ').append(i).append("->").append(j).append(": ").append(m[i][j]);
                }
            }
        }
        return b.toString();
    }

    private static Map<String, String> meta(String name) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : new String(read("oracle/" + name + ".meta"), StandardCharsets.UTF_8).split("\n")) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                m.put(line.substring(0, sp), line.substring(sp + 1).trim());
            }
        }
        return m;
    }

    private static byte[] gunzip(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(read("oracle/" + name)))) {
            return in.readAllBytes();
        }
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = SegmentationOracleTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " not found next to "
                        + SegmentationOracleTest.class.getName());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
