package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.breastct.analysis.GlandularityAnalysis;
import org.breastct.analysis.GlandularityResult;
import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyWriter;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.SegmentationResult;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a re-run of {@code run} does with what an earlier run, an interruption or the user left: stale outputs are
 * redone, missing companions repaired, temporary files of a killed run removed, and nothing else.
 */
class RerunRepairTest {

    @TempDir
    Path dir;

    /** Writes phantom {@code <name>.npy} into {@link #dir}. */
    private void phantom(String name, String... extra) {
        List<String> argv = new java.util.ArrayList<>(List.of("phantom", dir.toString(), "--name", name, "--threads",
                "1", "--quiet"));
        argv.addAll(List.of(extra));
        CliTestSupport.Run r = CliTestSupport.run(argv.toArray(String[]::new));
        assertEquals(Main.OK, r.code(), r.err());
    }

    private CliTestSupport.Run run(String... extra) {
        List<String> argv = new java.util.ArrayList<>(List.of("run", dir.toString(), "--threads", "1"));
        argv.addAll(List.of(extra));
        return CliTestSupport.run(argv.toArray(String[]::new));
    }

    private static List<String> csv(Path f) throws Exception {
        return Files.readAllLines(f);
    }

    /** The value of column {@code column} in the row of {@code uid}. */
    private static String value(Path csvFile, String uid, String column) throws Exception {
        List<String> lines = csv(csvFile);
        int col = List.of(lines.get(0).split(",")).indexOf(column);
        for (String l : lines.subList(1, lines.size())) {
            String[] v = l.split(",");
            if (v[0].equals(uid)) {
                return v[col];
            }
        }
        throw new AssertionError("no row " + uid + " in " + csvFile + ": " + lines);
    }

    private static SegmentationResult engine(ShortVolume image) {
        return new BreastSegmenter(SegmentationSettings.DEFAULTS, TaskExecutor.sequential()).segment(image,
                Progress.NONE);
    }

    @Test
    void aReconvertedImageIsSegmentedAndExtractedAgain() throws Exception {
        phantom("b1", "--shape", "30,128,128", "--seed", "3");
        CliTestSupport.Run r = run("--quiet");
        assertEquals(Main.OK, r.code(), r.err());

        // the image is replaced (re-converted from another series) with one of the same shape
        phantom("b1", "--shape", "30,128,128", "--seed", "4");
        ShortVolume image = (ShortVolume) NpyReader.read(dir.resolve("b1.npy"));
        r = run();
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("segmented again"), r.out());
        ByteVolume labels = (ByteVolume) NpyReader.read(dir.resolve("segmentation_b1.npy"));
        assertArrayEquals(engine(image).labels().data(), labels.data(), "labels of the new image");
        GlandularityResult g = GlandularityAnalysis.analyse(image, labels);
        assertEquals(String.format(Locale.ROOT, "%.4f", g.segG()), value(dir.resolve("Glandularity.csv"), "b1",
                "Seg_G"), "Glandularity.csv holds the new numbers");
        assertEquals(2, csv(dir.resolve("Glandularity.csv")).size(), "one row per breast");
        assertEquals(2, csv(dir.resolve("Segmentation_time.csv")).size(), "one row per breast");

        // nothing changed: nothing redone
        r = run("--json");
        assertTrue(r.out().contains("\"status\":\"already done\""), r.out());

        // other settings: segmented again
        r = run("--scripts-parity", "--json");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("segmented again (its image or the settings changed"), r.out());
        // the old option name is the same setting; a record written under the setting's old name still counts
        Path record = dir.resolve(BreastRecord.STATE_DIR).resolve("b1.properties");
        String stored = Files.readString(record);
        assertTrue(stored.contains("scriptsParity"), stored);
        Files.writeString(record, stored.replace("scriptsParity", "scriptsGlandRule"));
        r = run("--scripts-gland-rule", "--json");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"status\":\"already done\""), r.out());
    }

    @Test
    void aLabelFileWithoutItsCompanionsIsSegmentedAgainAndTheFoldIsCounted() throws Exception {
        phantom("f1", "--shape", "40,200,200", "--seed", "5", "--fold");
        ShortVolume image = (ShortVolume) NpyReader.read(dir.resolve("f1.npy"));
        SegmentationResult expected = engine(image.with("f1", Spacing.BREAST_CT));
        assertTrue(expected.fold() != null, "the fold phantom has a fold");
        // what a kill right after the label file was moved into place left with the old write order:
        // the label file, but neither the fold file, nor the time row, nor a record
        NpyWriter.write(dir.resolve("segmentation_f1.npy"), expected.labels());

        CliTestSupport.Run r = run("--quiet");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("segmentation_fold_f1.npy")), "fold file repaired");
        MaskVolume fold = (MaskVolume) NpyReader.read(dir.resolve("segmentation_fold_f1.npy"));
        assertArrayEquals(expected.fold().data(), fold.data());
        assertEquals(2, csv(dir.resolve("Segmentation_time.csv")).size(), "time row repaired");

        // skin_fold_ml is the fold's volume, not 0.00
        long foldVoxels = 0;
        for (boolean b : fold.data()) {
            foldVoxels += b ? 1 : 0;
        }
        assertTrue(foldVoxels > 0);
        assertEquals(String.format(Locale.ROOT, "%.2f", foldVoxels * Spacing.BREAST_CT.voxelMillilitres()),
                value(dir.resolve("Glandularity.csv"), "f1", "skin_fold_ml"));

        // a lost fold file: segmented again, the fold is back
        Files.delete(dir.resolve("segmentation_fold_f1.npy"));
        r = run();
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("segmented again"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("segmentation_fold_f1.npy")));

        // a lost time row is rewritten from the record, without segmenting again
        List<String> row = csv(dir.resolve("Segmentation_time.csv"));
        Files.delete(dir.resolve("Segmentation_time.csv"));
        r = run("--json");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"status\":\"already done\""), r.out());
        assertEquals(row, csv(dir.resolve("Segmentation_time.csv")));

        // a lost Glandularity.csv row: extracted again
        Files.delete(dir.resolve("Glandularity.csv"));
        r = run("--json");
        assertTrue(r.out().contains("\"status\":\"extracted\""), r.out());
        assertEquals(2, csv(dir.resolve("Glandularity.csv")).size());
    }

    @Test
    void theLabelFileIsWrittenLast() throws Exception {
        phantom("b1", "--shape", "30,128,128", "--seed", "3");
        // a folder where the label file goes: its write fails after the fold and the time row were written
        Files.createDirectories(dir.resolve("segmentation_b1.npy").resolve("x"));
        CliTestSupport.Run r = run("--quiet");
        assertEquals(Main.SOME_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("segmentation_b1.npy") && r.err().contains("folder is in the way"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertEquals(2, csv(dir.resolve("Segmentation_time.csv")).size(), "the time row came before the labels");
        assertFalse(Files.exists(dir.resolve("Glandularity.csv")) && csv(dir.resolve("Glandularity.csv")).size() > 1,
                "nothing extracted from a breast without labels");
        // once the way is clear, the re-run finishes the breast
        Files.delete(dir.resolve("segmentation_b1.npy").resolve("x"));
        Files.delete(dir.resolve("segmentation_b1.npy"));
        r = run("--quiet");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("segmentation_b1.npy")));
        assertEquals(2, csv(dir.resolve("Segmentation_time.csv")).size());
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedAndNothingElse() throws Exception {
        phantom("b1", "--shape", "30,128,128", "--seed", "3");
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        List<String> ours = List.of(".b1.npy.tmp-3fa9c2e1d", ".Glandularity.csv." + uuid + ".tmp",
                ".segmentation_b1.partial-" + uuid, ".segmentation_b1.old-" + uuid);
        Files.writeString(dir.resolve(ours.get(0)), "half an npy");
        Files.writeString(dir.resolve(ours.get(1)), "uid,HU_G");
        Files.createDirectories(dir.resolve(ours.get(2)));
        Files.writeString(dir.resolve(ours.get(2)).resolve("CT00000000.dcm"), "x");
        Files.createDirectories(dir.resolve(ours.get(3)));
        List<String> notOurs = List.of(".my-notes", "notes.tmp-3fa9", ".draft.tmp-not-hex", ".b1.npy.tmp");
        for (String n : notOurs) {
            Files.writeString(dir.resolve(n), "keep me");
        }
        CliTestSupport.Run r = run();
        assertEquals(Main.OK, r.code(), r.err());
        for (String n : ours) {
            assertFalse(Files.exists(dir.resolve(n)), n + " removed");
        }
        for (String n : notOurs) {
            assertEquals("keep me", Files.readString(dir.resolve(n)), n + " kept");
        }
        List<String> lines = r.out().lines().filter(l -> l.contains("temporary files")).toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.get(0).contains("removed 4 temporary files"), lines.get(0));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(".breastct") && !notOurs.contains(n)).toList());
        }
    }
}
