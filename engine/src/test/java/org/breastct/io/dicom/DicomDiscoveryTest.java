package org.breastct.io.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.breastct.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every layout of an input folder gives its breasts, and every folder that is none is named (issue 12). */
class DicomDiscoveryTest {

    @TempDir
    Path tmp;

    /** A readable 3-slice series in {@code dir} (1 x 1 slices, positions 0, 1, 2). */
    private static Path series(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (int z = 0; z < 3; z++) {
            RawSlice.filled(1, 1, 1100).instance(z + 1).position(0, 0, z).write(dir.resolve("IM" + z));
        }
        return dir;
    }

    private static List<String> uids(DicomDiscovery.Found f) {
        return f.breasts().stream().map(DicomDiscovery.BreastFolder::uid).toList();
    }

    @Test
    void folderOfBreastsWithNestedSeriesAndFoldersThatAreNone() throws Exception {
        Path root = tmp.resolve("root");
        series(root.resolve("A"));
        Path nested = series(root.resolve("B").resolve("STUDY").resolve("SERIES"));
        Files.createDirectories(root.resolve("C"));
        Files.write(root.resolve("C").resolve("IM0"), new byte[0]);
        Files.write(root.resolve("C").resolve("IM1"), new byte[0]);
        series(root.resolve("D").resolve("S1"));
        series(root.resolve("D").resolve("S2"));
        Files.createDirectories(root.resolve("truth"));
        Files.write(root.resolve("truth").resolve("x_truth.npy"), new byte[10]);
        series(root.resolve("segmentation_A"));
        series(root.resolve("cylinder"));
        series(root.resolve(".hidden"));

        DicomDiscovery.Found f = DicomDiscovery.find(root);
        assertEquals(List.of("A", "B", "C", "D", "cylinder"), uids(f));
        List<DicomDiscovery.BreastFolder> b = f.breasts();
        assertNull(b.get(0).problem());
        assertEquals(nested, b.get(1).folder(), "one series nested below a breast folder is read from there");
        assertNull(b.get(1).problem());
        assertEquals("no readable DICOM image in " + root.resolve("C") + ": 2 files, 2 of them empty (0 bytes); IM0"
                + " is empty (0 bytes)", b.get(2).problem());
        assertTrue(b.get(3).problem().startsWith("folder " + root.resolve("D") + " holds 2 series in nested folders"
                + " (S1, S2); one breast folder must hold one series"), b.get(3).problem());
        assertTrue(b.get(4).problem().startsWith("the breast name 'cylinder' is reserved"), b.get(4).problem());
        assertEquals(List.of("truth: skipped (no DICOM files)"), f.notes());
        // the nested one reads
        DicomSeries s = DicomSeriesReader.read(b.get(1).folder(), DicomReadOptions.DEFAULTS.withTrim(false),
                Progress.NONE);
        assertEquals(3, s.volume().dims().nz());
    }

    @Test
    void aSingleSeriesFolderIsOneBreast() throws Exception {
        Path one = series(tmp.resolve("P9"));
        DicomDiscovery.Found f = DicomDiscovery.find(one);
        assertEquals(List.of(new DicomDiscovery.BreastFolder("P9", one, null)), f.breasts());
    }

    @Test
    void aCdLayoutWithDicomdirGivesEverySeriesFolder() throws Exception {
        Path cd = Files.createDirectories(tmp.resolve("cd"));
        Files.write(cd.resolve("DICOMDIR"), new byte[300]);
        series(cd.resolve("PT000000").resolve("ST000000").resolve("SE000000"));
        series(cd.resolve("PT000000").resolve("ST000000").resolve("SE000001"));
        DicomDiscovery.Found f = DicomDiscovery.find(cd);
        assertEquals(List.of("PT000000_ST000000_SE000000", "PT000000_ST000000_SE000001"), uids(f));
        assertTrue(f.breasts().stream().allMatch(DicomDiscovery.BreastFolder::ok));
        assertEquals(cd.resolve("PT000000/ST000000/SE000001"), f.breasts().get(1).folder());
    }
}
