package org.breastct.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdCsvFileTest {

    private static final List<String> HEADER = List.of("uid", "HU_G", "Seg_G");

    @TempDir
    Path dir;

    private static String read(Path f) throws IOException {
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    private List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createsFileWithHeaderOnly() throws IOException {
        Path f = dir.resolve("Glandularity.csv");
        IdCsvFile csv = IdCsvFile.open(f, HEADER);
        assertEquals("uid,HU_G,Seg_G\r\n", read(f));
        assertEquals(List.of(), csv.rows());
        assertFalse(csv.contains("a"));
        assertEquals(List.of("Glandularity.csv"), filesIn(dir));
    }

    @Test
    void appendsAndSkipsDuplicates() throws IOException {
        Path f = dir.resolve("g.csv");
        IdCsvFile csv = IdCsvFile.open(f, HEADER);
        assertTrue(csv.append(List.of("b1", "0.1000", "0.2000")));
        assertTrue(csv.append(List.of("b2", "0.3000", "0.4000")));
        String before = read(f);
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.1000,0.2000\r\nb2,0.3000,0.4000\r\n", before);
        assertFalse(csv.append(List.of("b1", "9", "9")), "an existing id is skipped");
        assertEquals(before, read(f), "file untouched by a skipped row");
        assertTrue(csv.contains("b2"));
        assertEquals(List.of("b1", "b2"), csv.ids());
        assertEquals(List.of("b1", "0.1000", "0.2000"), csv.row("b1").orElseThrow());
        assertEquals(List.of("g.csv"), filesIn(dir), "no temporary files left");
    }

    @Test
    void rerunWithNewObjectSeesOldRows() throws IOException {
        Path f = dir.resolve("g.csv");
        IdCsvFile.open(f, HEADER).append(List.of("b1", "1", "2"));
        IdCsvFile again = IdCsvFile.open(f, HEADER);
        assertTrue(again.contains("b1"));
        assertFalse(again.append(List.of("b1", "3", "4")));
        assertTrue(again.append(List.of("b3", "5", "6")));
        assertEquals("uid,HU_G,Seg_G\r\nb1,1,2\r\nb3,5,6\r\n", read(f));
    }

    @Test
    void putReplacesInPlace() throws IOException {
        Path f = dir.resolve("g.csv");
        IdCsvFile csv = IdCsvFile.open(f, HEADER);
        csv.append(List.of("a", "1", "1"));
        csv.append(List.of("b", "2", "2"));
        csv.append(List.of("c", "3", "3"));
        assertTrue(csv.put(List.of("b", "20", "20")));
        assertFalse(csv.put(List.of("d", "4", "4")));
        assertEquals("uid,HU_G,Seg_G\r\na,1,1\r\nb,20,20\r\nc,3,3\r\nd,4,4\r\n", read(f));
    }

    @Test
    void otherHeaderIsAnErrorNamingTheFile() throws IOException {
        Path f = dir.resolve("Segmentation_time.csv");
        Files.writeString(f, "id,Total\r\nx,1.0\r\n");
        IOException e = assertThrows(IOException.class, () -> IdCsvFile.open(f, HEADER));
        assertTrue(e.getMessage().contains("Segmentation_time.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("[id, Total]") && e.getMessage().contains("[uid, HU_G, Seg_G]"),
                e.getMessage());
        assertEquals("id,Total\r\nx,1.0\r\n", read(f), "never overwritten");
    }

    @Test
    void wrongRowLengthAndEmptyIdAreRejected() throws IOException {
        IdCsvFile csv = IdCsvFile.open(dir.resolve("g.csv"), HEADER);
        assertThrows(IllegalArgumentException.class, () -> csv.append(List.of("a", "1")));
        assertThrows(IllegalArgumentException.class, () -> csv.append(List.of("", "1", "2")));
        assertThrows(IllegalArgumentException.class, () -> IdCsvFile.open(dir.resolve("h.csv"), List.of("a", "a")));
    }

    @Test
    void rowWithWrongLengthInFileIsAnError() throws IOException {
        Path f = dir.resolve("g.csv");
        Files.writeString(f, "uid,HU_G,Seg_G\r\na,1,2\r\nb,3\r\n");
        IOException e = assertThrows(IOException.class, () -> IdCsvFile.open(f, HEADER));
        assertTrue(e.getMessage().contains("g.csv") && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void brokenCsvIsAnErrorNamingTheFile() throws IOException {
        Path f = dir.resolve("broken.csv");
        Files.writeString(f, "uid,HU_G,Seg_G\r\n\"a,1,2\r\n");
        IOException e = assertThrows(IOException.class, () -> IdCsvFile.open(f, HEADER));
        assertTrue(e.getMessage().contains("broken.csv"), e.getMessage());
    }

    @Test
    void readsFilesWrittenByThePythonScripts() throws IOException {
        // csv.DictWriter on Windows writes the header through a text-mode file: "\r\r\n"; BOM from Excel
        Path f = dir.resolve("g.csv");
        Files.writeString(f, "\uFEFFuid,HU_G,Seg_G\r\r\nb1,0.2500,0.1800\r\n");
        IdCsvFile csv = IdCsvFile.open(f, HEADER);
        assertEquals(List.of(List.of("b1", "0.2500", "0.1800")), csv.rows());
        assertTrue(csv.append(List.of("b2", "0.3", "0.4")));
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.2500,0.1800\r\nb2,0.3,0.4\r\n", read(f));
    }

    @Test
    void emptyExistingFileGetsTheHeader() throws IOException {
        Path f = dir.resolve("g.csv");
        Files.createFile(f);
        IdCsvFile.open(f, HEADER);
        assertEquals("uid,HU_G,Seg_G\r\n", read(f));
    }

    @Test
    void valuesThatNeedQuotingRoundTrip() throws IOException {
        Path f = dir.resolve("g.csv");
        IdCsvFile csv = IdCsvFile.open(f, HEADER);
        csv.append(List.of("a,b", "say \"x\"", "line\nbreak"));
        assertEquals("uid,HU_G,Seg_G\r\n\"a,b\",\"say \"\"x\"\"\",\"line\nbreak\"\r\n", read(f));
        assertEquals(List.of("a,b", "say \"x\"", "line\nbreak"), IdCsvFile.open(f, HEADER).row("a,b").orElseThrow());
    }

    @Test
    void concurrentAppendsFromThreadsKeepEveryRowOnce() throws Exception {
        Path f = dir.resolve("g.csv");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                for (int i = 0; i < 10; i++) {
                    String id = "id" + i; // every id offered by all four threads
                    futures.add(pool.submit(() -> IdCsvFile.open(f, HEADER).append(List.of(id, "1", "2"))));
                }
            }
            int written = 0;
            for (Future<Boolean> fu : futures) {
                written += fu.get() ? 1 : 0;
            }
            assertEquals(10, written);
        } finally {
            pool.shutdownNow();
        }
        List<String> ids = IdCsvFile.open(f, HEADER).ids();
        assertEquals(10, ids.size());
        assertEquals(10, ids.stream().distinct().count());
        assertEquals(List.of("g.csv"), filesIn(dir));
    }
}
