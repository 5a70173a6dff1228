package org.breastct.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @TempDir
    Path tmp;

    @Test
    void deletesAFolderTreeAndLeavesItsSiblings() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("partial/a/b"));
        Files.writeString(root.resolve("x.dcm"), "x");
        Files.writeString(tmp.resolve("partial/y.dcm"), "y");
        Files.writeString(tmp.resolve("keep.txt"), "k");
        FileTrees.deleteQuietly(tmp.resolve("partial"));
        assertFalse(Files.exists(tmp.resolve("partial")));
        assertTrue(Files.exists(tmp.resolve("keep.txt")));
    }

    @Test
    void aMissingFolderOrAPlainFileIsFine() throws Exception {
        FileTrees.deleteQuietly(tmp.resolve("missing"));
        Path f = Files.writeString(tmp.resolve("f.tmp"), "f");
        FileTrees.deleteQuietly(f);
        assertFalse(Files.exists(f));
    }
}
