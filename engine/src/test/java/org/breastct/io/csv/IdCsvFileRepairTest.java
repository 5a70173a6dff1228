package org.breastct.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged or hand-edited id CSV file is kept byte for byte beside a fresh file holding every row that could be
 * recovered, with one line of report; the batch goes on.
 */
class IdCsvFileRepairTest {

    private static final List<String> HEADER = List.of("uid", "HU_G", "Seg_G");

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    /** Writes {@code content}, opens with repair, checks the kept copy and returns the fresh file's text. */
    private String repair(byte[] content) throws IOException {
        Path f = dir.resolve("Glandularity.csv");
        Files.write(f, content);
        IdCsvFile csv = IdCsvFile.open(f, HEADER, notes::add);
        assertEquals(1, notes.size(), "one line of report: " + notes);
        String note = notes.get(0);
        assertTrue(!note.contains("\n"), note);
        List<Path> kept = damagedCopies();
        assertEquals(1, kept.size(), "one kept copy");
        assertArrayEquals(content, Files.readAllBytes(kept.get(0)), "the copy is the file as it was");
        assertTrue(note.contains("Glandularity.csv") && note.contains(kept.get(0).getFileName().toString()), note);
        // the fresh file is a normal one: appending works
        csv.append(List.of("new", "0.1", "0.2"));
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    private List<Path> damagedCopies() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("Glandularity.damaged-")
                    && p.getFileName().toString().endsWith(".csv")).toList();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void semicolonsAndDecimalCommasFromASpreadsheet() throws IOException {
        String text = repair(utf8("uid;HU_G;Seg_G\r\nb1;0,2500;0,1800\r\nb2;-0,5;1\r\n"));
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.2500,0.1800\r\nb2,-0.5,1\r\nnew,0.1,0.2\r\n", text);
        assertTrue(notes.get(0).contains("2 rows recovered"), notes.get(0));
    }

    @Test
    void tornLastLineIsLeftInTheCopyOnly() throws IOException {
        String text = repair(utf8("uid,HU_G,Seg_G\r\nb1,0.2500,0.1800\r\nb2,0.3"));
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.2500,0.1800\r\nnew,0.1,0.2\r\n", text);
        assertTrue(notes.get(0).contains("1 row recovered") && notes.get(0).contains("1 line is only in the copy"),
                notes.get(0));
    }

    @Test
    void anExtraColumnIsDroppedAndValuesAreTakenByName() throws IOException {
        String text = repair(utf8("uid,note,Seg_G,HU_G\r\nb1,left side,0.18,0.25\r\n"));
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.25,0.18\r\nnew,0.1,0.2\r\n", text);
    }

    @Test
    void aMissingColumnIsLeftEmpty() throws IOException {
        // a file with a column less whose rows do not all fit its header is salvaged
        String text = repair(utf8("uid,HU_G\r\nb1,0.25\r\nb2\r\n"));
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.25,\r\nnew,0.1,0.2\r\n", text);
        assertTrue(notes.get(0).contains("1 line is only in the copy"), notes.get(0));
    }

    /** Opens {@code content} with repair, expects an upgrade in place (no copy) and returns the file's text. */
    private String upgrade(String name, String content, List<String> header) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        IdCsvFile.open(f, header, notes::add);
        assertEquals(1, notes.size(), "one line of report: " + notes);
        assertTrue(notes.get(0).contains(name) && notes.get(0).contains("earlier version"), notes.get(0));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(name), s.map(p -> p.getFileName().toString()).toList(), "no copy, no temp file");
        }
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    @Test
    void anOlderFileWithFewerColumnsIsUpgradedInPlace() throws IOException {
        String text = upgrade("Glandularity.csv", "uid,Seg_G\r\nb1,0.18\r\nb2,0.2\r\n", HEADER);
        assertEquals("uid,HU_G,Seg_G\r\nb1,,0.18\r\nb2,,0.2\r\n", text);
        assertTrue(notes.get(0).contains("HU_G") && notes.get(0).contains("2 rows"), notes.get(0));
        // the upgraded file is a normal one: no second report, appending works
        IdCsvFile csv = IdCsvFile.open(dir.resolve("Glandularity.csv"), HEADER, notes::add);
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(csv.append(List.of("b3", "0.1", "0.3")));
    }

    @Test
    void segmentationTimesWithoutTheMethodColumnAreUpgraded() throws IOException {
        // Segmentation_time.csv as versions before the method column wrote it (and the scripts)
        String old = "id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone\r\nb1,12.5,1.0,2.0,3.0,0.0,0.0,0.0\r\n";
        Path f = dir.resolve("Segmentation_time.csv");
        Files.writeString(f, old, StandardCharsets.UTF_8);
        SegmentationTimeCsv.open(f, notes::add);
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("added the column method"), notes.get(0));
        assertEquals("id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone,method\r\nb1,12.5,1.0,2.0,3.0,0.0,0.0,0.0,\r\n",
                Files.readString(f, StandardCharsets.UTF_8));
        assertTrue(SegmentationTimeCsv.methodOf(f, "b1").orElseThrow().isEmpty());
        assertEquals(List.of(), damagedCopies());
    }

    @Test
    void theScriptsGlandularityFileGetsTheExtraColumns() throws IOException {
        List<String> extended = GlandularityCsv.header(true);
        String text = upgrade("Glandularity.csv", "uid,HU_G,Seg_G\r\nb1,0.2500,0.1800\r\n", extended);
        List<String> lines = text.lines().toList();
        assertEquals(String.join(",", extended), lines.get(0));
        assertEquals("b1,0.2500,0.1800" + ",".repeat(extended.size() - 3), lines.get(1));
    }

    @Test
    void aFileWithAColumnInAnotherOrderIsNotAnOlderVersion() throws IOException {
        String text = repair(utf8("uid,Seg_G,HU_G\r\nb1,0.18,0.25\r\n"));
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.25,0.18\r\nnew,0.1,0.2\r\n", text);
    }

    @Test
    void aDeletedHeaderKeepsEveryRow() throws IOException {
        String text = repair(utf8("b1,0.2500,0.1800\r\nb2,0.3,0.4\r\n"));
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.2500,0.1800\r\nb2,0.3,0.4\r\nnew,0.1,0.2\r\n", text);
    }

    @Test
    void binaryGarbageGivesAFreshFile() throws IOException {
        byte[] junk = new byte[300];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37);
        }
        String text = repair(junk);
        assertEquals("uid,HU_G,Seg_G\r\nnew,0.1,0.2\r\n", text);
        assertTrue(notes.get(0).contains("not text") && notes.get(0).contains("0 rows"), notes.get(0));
    }

    @Test
    void aReadableFileIsNotTouched() throws IOException {
        Path f = dir.resolve("Glandularity.csv");
        Files.writeString(f, "uid,HU_G,Seg_G\r\nb1,0.25,0.18\r\n");
        IdCsvFile.open(f, HEADER, notes::add);
        assertEquals(List.of(), notes);
        assertEquals(List.of(), damagedCopies());
    }

    @Test
    void twoRepairsKeepTwoCopies() throws IOException {
        Path f = dir.resolve("Glandularity.csv");
        Files.writeString(f, "junk;junk\r\n");
        IdCsvFile.open(f, HEADER, notes::add);
        Files.writeString(f, "more;junk\r\n");
        IdCsvFile.open(f, HEADER, notes::add);
        assertEquals(2, damagedCopies().size(), notes.toString());
    }
}
