package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.breastct.io.csv.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged CSV files, file-system errors and bad options: one line naming the file or option, consistent exit codes. */
class BatchErrorsTest {

    @TempDir
    Path dir;

    private void phantom(String name) {
        CliTestSupport.Run r = CliTestSupport.run("phantom", dir.toString(), "--name", name, "--shape", "30,128,128",
                "--seed", "3", "--threads", "1", "--quiet");
        assertEquals(Main.OK, r.code(), r.err());
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void damagedCsvFilesAreKeptBesideFreshOnesAndTheBatchGoesOn() throws Exception {
        phantom("b1");
        // hand-edited in a decimal-comma spreadsheet, and one overwritten by binary garbage
        String edited = "id;Total;Glands;Skin;Muscle;Rib;Fold;Silicone\r\nold;12,5;1,0;2,0;3,0;0,0;0,0;0,0\r\n";
        Files.writeString(dir.resolve("Segmentation_time.csv"), edited);
        byte[] junk = {0, 1, 2, (byte) 0xff, 'P', 'K', 3, 4};
        Files.write(dir.resolve("Glandularity.csv"), junk);

        CliTestSupport.Run r = CliTestSupport.run("run", dir.toString(), "--threads", "1", "--quiet");
        assertEquals(Main.OK, r.code(), r.err());
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(2, warnings.size(), r.err());
        assertEquals(warnings.size(), r.err().lines().count(), "nothing but the two lines:\n" + r.err());
        List<String> kept = names().stream().filter(n -> n.contains(".damaged-")).toList();
        assertEquals(2, kept.size(), names().toString());
        for (String k : kept) {
            Path copy = dir.resolve(k);
            if (k.startsWith("Segmentation_time")) {
                assertEquals(edited, Files.readString(copy));
            } else {
                assertArrayEquals(junk, Files.readAllBytes(copy));
            }
            assertTrue(warnings.stream().anyMatch(w -> w.contains(k)), k + " named in " + warnings);
        }
        List<String> times = Files.readAllLines(dir.resolve("Segmentation_time.csv"), StandardCharsets.UTF_8);
        assertEquals("id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone,method", times.get(0));
        // the edited file has no method column: the kept row has an empty method
        assertEquals("old,12.5,1.0,2.0,3.0,0.0,0.0,0.0,", times.get(1), "the hand-edited row is kept");
        assertTrue(times.get(2).startsWith("b1,"), times.toString());
        List<String> gland = Files.readAllLines(dir.resolve("Glandularity.csv"), StandardCharsets.UTF_8);
        assertEquals(2, gland.size());
        assertTrue(gland.get(1).startsWith("b1,"), gland.toString());
    }

    @Test
    void jsonCarriesTheErrorOfAFailedBreast() throws Exception {
        phantom("b1");
        Files.writeString(dir.resolve("broken.npy"), "this is not an npy file");
        CliTestSupport.Run r = CliTestSupport.run("run", dir.toString(), "--threads", "1", "--json");
        assertEquals(Main.SOME_FAILED, r.code(), r.err());
        String json = r.out().strip();
        int at = json.indexOf("{\"uid\":\"broken\"");
        assertTrue(at >= 0, json);
        String entry = json.substring(at, json.indexOf('}', at) + 1);
        assertTrue(entry.contains("\"status\":\"failed\"") && entry.contains("\"error\":\"")
                && entry.contains("broken.npy"), entry);
        String ok = json.substring(json.indexOf("{\"uid\":\"b1\""));
        assertFalse(ok.substring(0, ok.indexOf('}')).contains("\"error\""), ok);
    }

    @Test
    void anOutputFolderThatIsAFileIsAUsageErrorNamingIt() throws Exception {
        phantom("b1");
        Path file = dir.resolve("results");
        Files.writeString(file, "not a folder");
        CliTestSupport.Run r = CliTestSupport.run("run", dir.toString(), "--output", file.toString());
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("breastct run: output folder " + file + " is a file, not a folder"), r.err());
        r = CliTestSupport.run("segment", dir.toString(), "--output", file.resolve("sub").toString());
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains(file + " is a file, not a folder"), r.err());
    }

    @Test
    void fileSystemErrorsNameTheFileAndTheCause() {
        // as root the permission and disk-full cases cannot be produced on a file: their messages are checked here
        assertEquals("/data/out/b1.npy: permission denied", Main.describe(new AccessDeniedException(
                "/data/out/b1.npy")));
        assertEquals("/data/out/b1.npy: disk full (no space left on device)", Main.describe(new FileSystemException(
                "/data/out/.b1.npy.tmp-1", "/data/out/b1.npy", "No space left on device")));
        assertEquals("/data/out/x: read-only file system", Main.describe(new FileSystemException("/data/out/x",
                null, "Read-only file system")));
        // the data written did not fit: the error of the write names no file, the writer adds it
        Path target = dir.resolve("Glandularity.csv");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(FileSystemException.class,
                () -> TextFiles.writeAtomically(target, w -> {
                    throw new java.io.IOException("No space left on device");
                }));
        assertEquals(target + ": disk full (no space left on device)", Main.describe(e));
        // creating the temporary file failed: the message names the file it was for
        assertEquals("/data/out/Segmentation_time.csv: operation not permitted (is the folder read-only or immutable?)",
                Main.describe(new FileSystemException("/data/out/.Segmentation_time.csv."
                        + "0cc2a2e8-a32f-4f29-b82b-0056f4409bfc.tmp", null, "Operation not permitted")));
    }

    @Test
    void threadsAreCheckedAndCappedAtTheCores() {
        CliTestSupport.Run r = CliTestSupport.run("phantom", dir.toString(), "--shape", "20,128,128", "--threads",
                "-1");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--threads must be 0 (all cores) or a positive number, got -1"), r.err());
        r = CliTestSupport.run("phantom", dir.toString(), "--shape", "20,128,128", "--threads", "100000");
        assertEquals(Main.OK, r.code(), r.err());
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(r.out().contains("--threads 100000 is more than the " + cores + " cores of this machine; using "
                + cores), r.out());
        r = CliTestSupport.run("run", dir.toString(), "--threads", "-4");
        assertEquals(Main.USAGE, r.code());
    }

    @Test
    void absurdSpacingIsRefused() throws Exception {
        phantom("b1");
        for (String v : List.of("1e300", "1e-300", "0", "-0.3", "NaN", "Infinity", "abc")) {
            CliTestSupport.Run r = CliTestSupport.run("segment", dir.toString(), "--spacing", v);
            assertEquals(Main.USAGE, r.code(), v);
            assertTrue(r.err().contains("--spacing must be a voxel size in mm between 0.01 and 10.0, got '" + v + "'"),
                    r.err());
        }
        assertFalse(Files.exists(dir.resolve("segmentation_b1.npy")));
    }

    @Test
    void phantomNameMustStayInTheFolder() throws Exception {
        Path inner = dir.resolve("inner");
        for (String name : List.of("../x", "a/b", "..", ".hidden", "")) {
            CliTestSupport.Run r = CliTestSupport.run("phantom", inner.toString(), "--shape", "20,128,128", "--name",
                    name);
            assertEquals(Main.USAGE, r.code(), name);
            assertTrue(r.err().contains("--name must be a plain file name"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("x.npy")), "nothing written outside the folder");
    }

    @Test
    void aMissingInputFolderIsTheSameUsageErrorForEveryBatchCommand() {
        Path missing = dir.resolve("missing");
        for (String command : List.of("dicom2npy", "npy2dicom", "segment", "extract", "run")) {
            CliTestSupport.Run r = CliTestSupport.run(command, missing.toString());
            assertEquals(Main.USAGE, r.code(), command + ": " + r.err());
            assertTrue(r.err().startsWith("breastct " + command + ": not a folder: " + missing), r.err());
        }
    }

    @Test
    void helpListsTheExitCodes() {
        CliTestSupport.Run r = CliTestSupport.run("--help");
        for (int code : new int[] {Main.OK, Main.SOME_FAILED, Main.USAGE, Main.ERROR, Main.CANCELLED}) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+" + code + "\\s+\\S.*")), code + ":\n" + r.out());
        }
    }
}
