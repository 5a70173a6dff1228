package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-volume regression test: the labels (and the fold volume) of {@link BreastSegmenter} with
 * default settings must stay identical, bit for bit, to those of the code of 2026-12-06 (main at
 * 3f42838), through every speed and memory change of the engine. Each case is segmented with 1 and
 * with 4 worker threads.
 *
 * <p>The fixture {@code label_digests.txt} (next to this class in the test resources) holds, per case,
 * the SHA-256 of the phantom image (int16 little-endian), the SHA-256 of the result (see {@link #digest})
 * and the label histogram (voxels with label 0..7, for the failure message). It was made by running
 * {@link #main} on that code ({@code java -cp <engine and testkit main and test classes> ...LabelDigestRegressionTest
 * > label_digests.txt}); the values are not derived from the code under test. If the image digest no
 * longer matches, the phantom generator changed, not the segmentation: regenerate the fixture with
 * {@link #main} on a commit whose segmentation is known good (the previous fixture's), never on the
 * commit under test.
 *
 * <p>The cases cover both flood layouts of {@code Watershed} (volumes below 2^20 voxels use the plain
 * path, larger ones the bricked one, with and without padding to whole bricks), ribs, fold, implant
 * (with the implant size lowered so that it is found on small phantoms, as in {@link OracleCases}) and
 * the scripts' parity setting (gland rule and OpenCV's contour bands).
 */
class LabelDigestRegressionTest {

    record Case(String name, PhantomSpec spec, long implantMin, boolean scriptsParity) {

        SegmentationSettings settings() {
            return SegmentationSettings.DEFAULTS.withRibs(r -> r.withImplantMinVoxels(implantMin))
                    .withScriptsParity(scriptsParity);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final long DEFAULT_IMPLANT = RibSettings.IMPLANT_MIN_VOXELS;
    private static final long SMALL_IMPLANT = OracleCases.SMALL_IMPLANT_MIN_VOXELS;

    static final List<Case> CASES = List.of(
            // below 2^20 voxels: the plain (unbricked) flood
            new Case("plain_40x128x128", PhantomSpec.DEFAULT.withShape(40, 128, 128), DEFAULT_IMPLANT, false),
            // bricked flood, no side a multiple of 8 (padded bricks)
            new Case("plain_45x170x190", PhantomSpec.DEFAULT.withShape(45, 170, 190).withSeed(4), DEFAULT_IMPLANT,
                    false),
            new Case("rib2_40x200x200", PhantomSpec.DEFAULT.withShape(40, 200, 200).withSeed(3).withRibs(2),
                    DEFAULT_IMPLANT, false),
            new Case("fold_43x210x210", PhantomSpec.DEFAULT.withShape(43, 210, 210).withSeed(5).withFold(true),
                    DEFAULT_IMPLANT, false),
            new Case("fold_rib2_40x240x248",
                    PhantomSpec.DEFAULT.withShape(40, 240, 248).withSeed(7).withFold(true).withRibs(2),
                    DEFAULT_IMPLANT, false),
            new Case("implant_40x240x240", PhantomSpec.DEFAULT.withShape(40, 240, 240).withSeed(6).withImplant(true),
                    SMALL_IMPLANT, false),
            new Case("rib3_implant_40x240x240",
                    PhantomSpec.DEFAULT.withShape(40, 240, 240).withSeed(6).withRibs(3).withImplant(true),
                    SMALL_IMPLANT, false),
            new Case("rib3_implant_40x240x240_scripts",
                    PhantomSpec.DEFAULT.withShape(40, 240, 240).withSeed(6).withRibs(3).withImplant(true),
                    SMALL_IMPLANT, true),
            // the generator's default size, with the default implant size
            new Case("plain_120x320x320", PhantomSpec.DEFAULT, DEFAULT_IMPLANT, false),
            new Case("rib3_implant_fold_120x320x320",
                    PhantomSpec.DEFAULT.withSeed(2).withRibs(3).withImplant(true).withFold(true), DEFAULT_IMPLANT,
                    false));

    static Iterable<Arguments> casesAndThreads() {
        return CASES.stream().flatMap(c -> java.util.stream.Stream.of(Arguments.of(c, 1), Arguments.of(c, 4)))
                .toList();
    }

    @ParameterizedTest(name = "{0}, {1} threads")
    @MethodSource("casesAndThreads")
    void labelsAreThoseOfTheReferenceCode(Case c, int threads) throws IOException {
        String[] expected = fixture().get(c.name());
        assertNotNull(expected, "no line for " + c.name() + " in label_digests.txt (see the class comment)");
        try (TaskExecutor ex = TaskExecutor.withThreads(threads)) {
            ShortVolume image = PhantomGenerator.generate(c.spec(), ex, Progress.NONE).image();
            assertEquals(expected[0], imageDigest(image), () -> "the phantom " + c.name()
                    + " is no longer the one the fixture was made from (the generator changed, not the "
                    + "segmentation): regenerate label_digests.txt from known-good segmentation code");
            SegmentationResult r = new BreastSegmenter(c.settings(), ex).segment(image, Progress.NONE);
            String histogram = histogram(r.labels().data());
            assertEquals(expected[1] + " " + expected[2], digest(r) + " " + histogram,
                    () -> c.name() + " with " + threads + " threads: labels or fold differ from the reference "
                            + "(digest, then voxels per label 0..7)");
        }
    }

    /**
     * SHA-256 of the label bytes, then the fold volume as {@code int32 LE slices} followed by one byte
     * (0/1) per voxel, or the int32 -1 when there is no fold volume.
     */
    static String digest(SegmentationResult r) {
        MessageDigest md = sha256();
        md.update(r.labels().data());
        if (r.fold() == null) {
            md.update(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(-1).array());
        } else {
            md.update(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(r.fold().dims().nz()).array());
            boolean[] f = r.fold().data();
            byte[] b = new byte[f.length];
            for (int i = 0; i < f.length; i++) {
                b[i] = (byte) (f[i] ? 1 : 0);
            }
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String imageDigest(ShortVolume image) {
        short[] d = image.data();
        ByteBuffer b = ByteBuffer.allocate(d.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short v : d) {
            b.putShort(v);
        }
        MessageDigest md = sha256();
        md.update(b.array());
        return HexFormat.of().formatHex(md.digest());
    }

    /** Voxels per label 0..7, comma-separated. */
    static String histogram(byte[] labels) {
        long[] h = new long[8];
        for (byte l : labels) {
            h[l & 7]++;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < h.length; i++) {
            s.append(i == 0 ? "" : ",").append(h[i]);
        }
        return s.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** name -> {image digest, result digest, histogram}. */
    private static Map<String, String[]> fixture() throws IOException {
        try (InputStream in = LabelDigestRegressionTest.class.getResourceAsStream("label_digests.txt")) {
            if (in == null) {
                throw new IOException("test resource label_digests.txt not found next to "
                        + LabelDigestRegressionTest.class.getName());
            }
            Map<String, String[]> m = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                m.put(f[0], new String[] {f[1], f[2], f[3]});
            }
            return m;
        }
    }

    /** Prints the fixture lines (name, image digest, result digest, histogram) for every case. */
    public static void main(String[] args) {
        System.out.println("# name image-sha256 result-sha256 voxels-per-label-0..7; made by LabelDigestRegressionTest.main");
        try (TaskExecutor ex = TaskExecutor.withThreads(1)) {
            for (Case c : CASES) {
                ShortVolume image = PhantomGenerator.generate(c.spec(), ex, Progress.NONE).image();
                SegmentationResult r = new BreastSegmenter(c.settings(), ex).segment(image, Progress.NONE);
                System.out.println(c.name() + " " + imageDigest(image) + " " + digest(r) + " "
                        + histogram(r.labels().data()));
            }
        }
    }
}
