package org.breastct.knime.node.npyreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyFileSelectionTest {

    @TempDir
    Path dir;

    private List<String> names(final String include, final String exclude) throws IOException {
        return NpyFileSelection.select(dir, include, exclude).stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void defaultsSkipCylinderAndSegmentationFilesLikeTheScripts() throws IOException {
        for (String f : new String[]{"B02.npy", "B01.npy", "cylinder.npy", "segmentation_B01.npy", "notes.txt"}) {
            Files.writeString(dir.resolve(f), "x");
        }
        Files.createDirectory(dir.resolve("sub.npy"));
        NpyReaderSettings d = NpyReaderSettings.DEFAULTS;
        assertEquals(List.of("B01.npy", "B02.npy"), names(d.includePattern(), d.excludePattern()));
        assertEquals(List.of("segmentation_B01.npy"), names("segmentation_*.npy", ""));
        assertEquals(List.of("B01.npy", "cylinder.npy"), names("{B01,cylinder}.npy", ""));
        assertEquals(List.of("B02.npy"), names("*.npy", "cylinder*, segmentation_*, B01*"));
    }

    @Test
    void aFileIsReadWhateverThePatterns() throws IOException {
        Path f = Files.writeString(dir.resolve("cylinder.npy"), "x");
        assertEquals(List.of(f), NpyFileSelection.select(f, "*.npy", "cylinder*"));
        assertThrows(IOException.class, () -> NpyFileSelection.select(dir.resolve("missing"), "*", ""));
    }

    @Test
    void idsStripThePrefixButNeverToNothing() {
        assertEquals("B01", NpyFileSelection.idOf(Path.of("segmentation_B01.npy"), "segmentation_"));
        assertEquals("B01", NpyFileSelection.idOf(Path.of("B01.npy"), "segmentation_"));
        assertEquals("segmentation_", NpyFileSelection.idOf(Path.of("segmentation_.npy"), "segmentation_"));
        assertEquals("segmentation_B01", NpyFileSelection.idOf(Path.of("segmentation_B01.npy"), ""));
    }

    @Test
    void splitKeepsCommasInsideBraces() {
        assertEquals(List.of("{a,b}.npy", "c*"), NpyFileSelection.split(" {a,b}.npy , c* ,"));
        assertEquals(List.of(), NpyFileSelection.split(""));
    }
}
