package org.breastct.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreastFileNamesTest {

    @Test
    void batchSkipsCylinderAndSegmentationFiles() {
        assertTrue(BreastFileNames.isImageFile("P001.npy"));
        assertFalse(BreastFileNames.isImageFile("cylinder.npy"));
        assertFalse(BreastFileNames.isImageFile("cylinder_old.npy"));
        assertFalse(BreastFileNames.isImageFile("segmentation_P001.npy"));
        assertFalse(BreastFileNames.isImageFile("segmentation_fold_P001.npy"));
        assertFalse(BreastFileNames.isImageFile("P001.npz"));
        assertFalse(BreastFileNames.isImageFile(".npy"));
        assertFalse(BreastFileNames.isImageFile(".P001.npy.tmp-1.npy"));
    }

    @Test
    void namesFollowTheScripts() {
        assertEquals("P001.npy", BreastFileNames.image("P001"));
        assertEquals("segmentation_P001.npy", BreastFileNames.segmentation("P001"));
        assertEquals("segmentation_fold_P001.npy", BreastFileNames.fold("P001"));
        assertEquals("segmentation_P001", BreastFileNames.labelSeriesFolder("P001"));
        assertEquals("P001", BreastFileNames.uidOfImage("P001.npy"));
        assertEquals("P001", BreastFileNames.uidOfSegmentation("segmentation_P001.npy"));
        assertNull(BreastFileNames.uidOfSegmentation("segmentation_fold_P001.npy"));
        assertNull(BreastFileNames.uidOfSegmentation("P001.npy"));
        assertNull(BreastFileNames.uidOfSegmentation("segmentation_.npy"));
    }

    @Test
    void listingIsSortedAndFiltered(@TempDir Path dir) throws Exception {
        for (String n : new String[] {"b.npy", "a.npy", "cylinder.npy", "segmentation_a.npy", "segmentation_fold_a.npy",
            "notes.txt"}) {
            Files.writeString(dir.resolve(n), "x");
        }
        Files.createDirectory(dir.resolve("c.npy"));
        assertEquals(List.of(dir.resolve("a.npy"), dir.resolve("b.npy")), BreastFileNames.listImages(dir));
        assertEquals(List.of(dir.resolve("segmentation_a.npy")), BreastFileNames.listSegmentations(dir));
    }
}
