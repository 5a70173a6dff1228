package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyWriter;
import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.progress.Progress;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.SegmentationMethod;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --method robust} on segment and run, the method in every output, and {@code compare}. */
class RobustModeCliTest {

    private static final PhantomSpec SPEC = PhantomSpec.DEFAULT.withShape(40, 128, 128).withSeed(5);

    private static ShortVolume writeImage(Path dir) throws Exception {
        ShortVolume image = PhantomGenerator.generate(SPEC, TaskExecutor.sequential(), Progress.NONE).image();
        NpyWriter.write(dir.resolve(SPEC.id() + ".npy"), image, Progress.NONE);
        return image;
    }

    @Test
    void segmentAndRunWithTheRobustMethodNameItEverywhere(@TempDir Path dir) throws Exception {
        ShortVolume image = writeImage(dir);
        String uid = SPEC.id();
        CliTestSupport.Run r = CliTestSupport.run("run", dir.toString(), "--method", "robust", "--dicom-out",
                "--threads", "2");
        assertEquals(Main.OK, r.code(), r.err());
        ByteVolume labels = (ByteVolume) NpyReader.read(dir.resolve("segmentation_" + uid + ".npy"));
        SegmentationSettings robust = SegmentationSettings.DEFAULTS.withMethod(SegmentationMethod.ROBUST);
        assertArrayEquals(new BreastSegmenter(robust, TaskExecutor.sequential()).segment(image, Progress.NONE)
                .labels().data(), labels.data(), "CLI labels = engine robust labels");
        List<String> times = Files.readAllLines(dir.resolve("Segmentation_time.csv"));
        assertTrue(times.get(1).startsWith(uid + ",") && times.get(1).endsWith(",robust"), times.get(1));
        List<String> gl = Files.readAllLines(dir.resolve("Glandularity.csv"));
        assertTrue(gl.get(0).endsWith(",method") && gl.get(1).endsWith(",robust"), gl.get(1));
        assertEquals("breast-ct segmentation (robust method)", DicomSeriesReader.read(
                dir.resolve("segmentation_" + uid), new DicomReadOptions(false, 30, 0, false), Progress.NONE)
                .info().seriesDescription());
    }

    @Test
    void extractOfLabelsWithoutARecordedMethodSaysUnknown(@TempDir Path dir) throws Exception {
        ShortVolume image = writeImage(dir);
        ByteVolume labels = new BreastSegmenter(SegmentationSettings.DEFAULTS, TaskExecutor.sequential())
                .segment(image, Progress.NONE).labels();
        NpyWriter.write(dir.resolve("segmentation_" + SPEC.id() + ".npy"), labels, Progress.NONE);
        CliTestSupport.Run r = CliTestSupport.run("extract", dir.toString());
        assertEquals(Main.OK, r.code(), r.err());
        List<String> gl = Files.readAllLines(dir.resolve("Glandularity.csv"));
        assertTrue(gl.get(1).endsWith(",unknown"), gl.get(1));
    }

    @Test
    void anUnknownMethodIsAUsageError(@TempDir Path dir) throws Exception {
        writeImage(dir);
        CliTestSupport.Run r = CliTestSupport.run("segment", dir.toString(), "--method", "fast");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--method must be published or robust"), r.err());
        assertFalse(Files.exists(dir.resolve("Segmentation_time.csv")));
    }

    @Test
    void comparePrintsBothMethodsAndTheTruth() {
        CliTestSupport.Run r = CliTestSupport.run("compare", "--only", "muscle-to-surface", "--threads", "2");
        assertEquals(Main.OK, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertTrue(lines[0].startsWith("# published vs robust"), r.out());
        assertTrue(lines[1].matches("phantom +method +fat +glands +skin +muscle +rib +implant +Seg_G"), lines[1]);
        assertTrue(lines[2].matches("muscle-to-surface +published( +(-|[01]\\.\\d{4})){6} +0\\.\\d{4}"), lines[2]);
        assertTrue(lines[3].matches(" +robust( +(-|[01]\\.\\d{4})){6} +0\\.\\d{4}"), lines[3]);
        assertTrue(lines[4].matches(" +truth +0\\.\\d{4}"), lines[4]);
        assertEquals(Main.USAGE, CliTestSupport.run("compare", "--only", "nothing").code());
    }

    @Test
    void phantomVariantOption(@TempDir Path dir) throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("phantom", dir.toString(), "--shape", "20,128,128", "--variant",
                "no-muscle", "--threads", "1");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("phantom_s1_no-muscle.npy")), r.out());
        r = CliTestSupport.run("phantom", dir.toString(), "--variant", "wobbly");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("unknown phantom variant 'wobbly'"), r.err());
    }
}
