package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.breastct.analysis.GlandularityAnalysis;
import org.breastct.analysis.GlandularityResult;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.io.npy.NpyReader;
import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.phantom.ScannerExport;
import org.breastct.progress.Progress;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.SegmentationResult;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end on a small phantom written as a scanner-style DICOM series: each step's
 * files are checked against the engine called directly on the same data.
 */
class PipelineCommandsTest {

    private static final PhantomSpec SPEC = PhantomSpec.DEFAULT.withShape(40, 128, 128).withSeed(3);
    private static final String UID = SPEC.id();

    @TempDir
    static Path shared;
    static Path dicomDir;
    static ShortVolume expectedImage;

    @BeforeAll
    static void writeSeries() {
        dicomDir = shared.resolve("dicom");
        CliTestSupport.Run r = CliTestSupport.run("phantom", dicomDir.toString(), "--shape", "40,128,128", "--seed", "3",
                "--dicom", "--threads", "1");
        assertEquals(Main.OK, r.code(), r.err());
        expectedImage = ScannerExport.expectedImport(
                PhantomGenerator.generate(SPEC, TaskExecutor.sequential(), Progress.NONE).image());
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void phantomWritesTheSeriesAndTheTruth() throws Exception {
        assertTrue(Files.isRegularFile(dicomDir.resolve("truth").resolve(UID + "_truth.npy")));
        // 40 slices + 3 reconstruction dummies, one file per slice
        assertEquals(43, names(dicomDir.resolve(UID)).size());
    }

    @Test
    void dicom2npySegmentExtractNpy2dicom(@TempDir Path out) throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("dicom2npy", dicomDir.toString(), "--output", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        // the importer undoes the scanner export exactly (docs/method.md section 1)
        ShortVolume image = (ShortVolume) NpyReader.read(out.resolve(UID + ".npy"));
        assertEquals(expectedImage.dims(), image.dims());
        assertArrayEquals(expectedImage.data(), image.data());
        MaskVolume ring = NpyReader.readMask2d(out.resolve("cylinder.npy"));
        assertEquals(128, ring.dims().nx());
        assertTrue(count(ring.data()) > 0, "the cylinder ring is taken before its removal");

        r = CliTestSupport.run("segment", out.toString(), "--threads", "2");
        assertEquals(Main.OK, r.code(), r.err());
        ByteVolume labels = (ByteVolume) NpyReader.read(out.resolve("segmentation_" + UID + ".npy"));
        SegmentationResult direct = new BreastSegmenter(SegmentationSettings.DEFAULTS, TaskExecutor.sequential())
                .segment(image, Progress.NONE);
        assertArrayEquals(direct.labels().data(), labels.data(), "CLI labels = engine labels");
        List<String> csv = Files.readAllLines(out.resolve("Segmentation_time.csv"));
        assertEquals("id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone,method", csv.get(0));
        assertEquals(2, csv.size());
        assertTrue(csv.get(1).matches(UID + "(,\\d+\\.\\d){7},published"), csv.get(1));

        // a re-run skips the segmented breast and adds no row
        r = CliTestSupport.run("segment", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains(UID + ": skipped (already segmented)"), r.out());
        assertEquals(2, Files.readAllLines(out.resolve("Segmentation_time.csv")).size());

        r = CliTestSupport.run("extract", out.toString(), "--mode", "colour");
        assertEquals(Main.OK, r.code(), r.err());
        for (String plane : new String[] {"c", "s", "t"}) {
            assertTrue(Files.isRegularFile(out.resolve("img_" + plane + "_" + UID + ".png")), plane);
            assertTrue(Files.isRegularFile(out.resolve("auto_seg_" + plane + "_" + UID + ".png")), plane);
        }
        GlandularityResult g = GlandularityAnalysis.analyse(image, labels);
        List<String> gl = Files.readAllLines(out.resolve("Glandularity.csv"));
        assertTrue(gl.get(0).startsWith("uid,HU_G,Seg_G,"), gl.get(0));
        assertTrue(gl.get(1).startsWith(String.format(java.util.Locale.ROOT, "%s,%.4f,%.4f,", UID, g.huG(), g.segG())),
                gl.get(1));
        assertTrue(gl.get(0).endsWith(",method") && gl.get(1).endsWith(",published"), gl.get(1));
        r = CliTestSupport.run("extract", out.toString());
        assertEquals(2, Files.readAllLines(out.resolve("Glandularity.csv")).size(), "no duplicate row on a re-run");

        r = CliTestSupport.run("npy2dicom", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        Path series = out.resolve("segmentation_" + UID);
        assertEquals(image.dims().nz(), names(series).size(), "one file per slice");
        assertEquals("CT00000000.dcm", names(series).get(0));
        DicomSeries back = DicomSeriesReader.read(series,
                new DicomReadOptions(false, 30, 0, false), Progress.NONE);
        assertEquals("breast-ct segmentation (published method)", back.info().seriesDescription());
        short[] hu = back.volume().data();
        int slice = 128 * 128;
        for (int i = 0; i < hu.length; i++) {
            int expected = ring.data()[i % slice] && labels.intAt(i) == 0 ? 9 : labels.intAt(i);
            if (hu[i] != expected) {
                throw new AssertionError("voxel " + i + ": DICOM HU " + hu[i] + ", expected label " + expected);
            }
        }
    }

    @Test
    void aFailingBreastDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        CliTestSupport.run("dicom2npy", dicomDir.toString(), "--output", dir.toString());
        Files.writeString(dir.resolve("broken.npy"), "this is not an npy file");
        CliTestSupport.Run r = CliTestSupport.run("segment", dir.toString());
        assertEquals(Main.SOME_FAILED, r.code());
        assertTrue(r.err().contains("broken: error: "), r.err());
        assertTrue(r.err().contains("broken.npy"), "the message names the file: " + r.err());
        assertTrue(Files.isRegularFile(dir.resolve("segmentation_" + UID + ".npy")));
        assertFalse(Files.exists(dir.resolve("segmentation_broken.npy")));
    }

    @Test
    void cancellingLeavesNoPartialFilesAndARerunFinishes(@TempDir Path out) throws Exception {
        AtomicInteger polls = new AtomicInteger();
        // cancel in the middle of the work: after a number of cancellation polls
        CliTestSupport.Run r = CliTestSupport.run(() -> polls.incrementAndGet() > 60, "run", dicomDir.toString(),
                "--output", out.toString(), "--quiet");
        assertEquals(Main.CANCELLED, r.code(), r.out() + r.err());
        for (String name : names(out)) {
            assertFalse(name.startsWith(".") && !name.equals(".breastct"), "temporary file left behind: " + name);
        }
        r = CliTestSupport.run("run", dicomDir.toString(), "--output", out.toString(), "--quiet", "--dicom-out");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("segmentation_" + UID + ".npy")));
        assertTrue(Files.isDirectory(out.resolve("segmentation_" + UID)));
        assertTrue(r.out().contains(UID), r.out());

        r = CliTestSupport.run("run", dicomDir.toString(), "--output", out.toString(), "--json", "--dicom-out");
        assertEquals(Main.OK, r.code(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("{\"output\":"), json);
        assertTrue(json.contains("\"uid\":\"" + UID + "\""), json);
        assertTrue(json.contains("\"status\":\"already done\""), json);
    }

    private static int count(boolean[] m) {
        int c = 0;
        for (boolean b : m) {
            c += b ? 1 : 0;
        }
        return c;
    }
}
