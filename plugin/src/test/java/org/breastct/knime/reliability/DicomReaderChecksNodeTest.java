package org.breastct.knime.reliability;

import static org.breastct.knime.reliability.Fixtures.edit;
import static org.breastct.knime.reliability.Fixtures.put;
import static org.breastct.knime.reliability.Fixtures.series;
import static org.breastct.knime.reliability.Fixtures.slice;
import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.breastct.knime.runtime.kit.KitTables.cell;
import static org.breastct.knime.runtime.kit.KitTables.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.fs.PathColumns;
import org.breastct.knime.node.dicomreader.DicomReaderNodeFactory;
import org.breastct.knime.node.dicomreader.DicomReaderNodeInfo;
import org.breastct.knime.node.dicomreader.DicomReaderParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitTables;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.filehandling.core.connections.FSLocation;

import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;

/**
 * The DICOM Reader node (configure + execute on the in-memory KNIME runtime) on damaged series: every
 * check of the engine's {@code DicomSeriesReader}/{@code DicomDiscovery} reaches the node's table as a
 * failed row (missing image, the error naming the breast, the file and the cause in "warnings") and a
 * node warning, or, for what the engine repairs, as a read row with its warning. Location mode (a folder
 * of breasts, as the CLI's {@code dicom2npy}) and table mode (a Path column, one series per row) find the
 * series the same way.
 */
class DicomReaderChecksNodeTest {

    @TempDir
    Path tmp;

    private KitWorkflow wf;

    private int runs;

    /** The folder of breasts, on the local file system ({@code wf.local("breasts")}). */
    private Path breasts;

    /** The spec of the last output table. */
    private DataTableSpec spec;

    @BeforeEach
    void workspace() throws Exception {
        wf = KitWorkflow.create(tmp.resolve("workspace"));
        breasts = Files.createDirectories(wf.localFolder().resolve("breasts"));
    }

    /** A new execution context (file store names are unique per execution, as in KNIME). */
    private ExecutionContext exec() {
        return new ExecutionContext(tmp.resolve("filestores-" + runs++));
    }

    /** Location mode on {@code breasts}: the rows by id. */
    private Map<String, DataRow> readFolder(final KitNode<?> node, final DicomReaderParameters p) throws Exception {
        set(p, "m_folder", wf.local("breasts"));
        BufferedDataTable t = node.executeTable(p, exec());
        spec = t.getSpec();
        Map<String, DataRow> byId = new LinkedHashMap<>();
        for (DataRow r : rows(t)) {
            byId.put(r.getKey().getString(), r);
        }
        return byId;
    }

    private String warnings(final DataRow r) {
        DataCell c = cell(spec, r, "warnings");
        return c.isMissing() ? "" : c.toString();
    }

    private ShortVolume image(final DataRow r) throws Exception {
        return (ShortVolume)((VolumeValue)cell(spec, r, "image")).getVolume(Progress.NONE);
    }

    /** Asserts that {@code r} is a failed row whose message names the breast and contains {@code parts}. */
    private void assertFailed(final DataRow r, final String... parts) {
        String w = warnings(r);
        String id = r.getKey().getString();
        assertTrue(w.startsWith("FAILED: Breast '" + id + "' ("), w);
        for (String part : parts) {
            assertTrue(w.contains(part), "'" + part + "' in: " + w);
        }
        assertTrue(cell(spec, r, "image").isMissing(), id + ": no image for a refused breast");
        assertTrue(cell(spec, r, "cylinder").isMissing(), id + ": no cylinder for a refused breast");
    }

    /** What the engine reads from an undamaged copy of the fixture series. */
    private ShortVolume expected() throws Exception {
        Path ref = series(tmp.resolve("reference"));
        return DicomSeriesReader.read(ref, DicomReadOptions.DEFAULTS, Progress.NONE).volume();
    }

    @Test
    void sliceOrderFollowsThePositionsAndAReversedSeriesIsRefused() throws Exception {
        Path permuted = series(breasts.resolve("permuted"));
        for (int z = 0; z < Fixtures.SLICES; z++) {
            int instance = (z * 5) % Fixtures.SLICES + 1; // 5 is coprime with 12: a permutation
            edit(slice(permuted, z), l -> put(l, TagFromName.InstanceNumber, Integer.toString(instance)));
        }
        Path reversed = series(breasts.resolve("reversed"));
        for (int z = 0; z < Fixtures.SLICES; z++) {
            int instance = Fixtures.SLICES - z;
            edit(slice(reversed, z), l -> put(l, TagFromName.InstanceNumber, Integer.toString(instance)));
        }
        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory());
        Map<String, DataRow> rows = readFolder(node, defaults(DicomReaderParameters.class));

        DataRow p = rows.get("permuted");
        assertArrayEquals(expected().data(), image(p).data(), "ordered by position, not by InstanceNumber");
        assertTrue(warnings(p).startsWith("InstanceNumber order contradicts ImagePositionPatient in "), warnings(p));
        assertFailed(rows.get("reversed"), "seem to be in reverse order", "chest wall");
        assertTrue(node.warning().startsWith("1 of 2 breasts could not be read (reversed)"), node.warning());
    }

    @Test
    void ctWithoutRescaleAndOtherModalitiesAreRefusedUnlessAccepted() throws Exception {
        Path noSlope = series(breasts.resolve("noslope"));
        edit(slice(noSlope, 0), l -> l.remove(TagFromName.RescaleSlope));
        Path mr = series(breasts.resolve("mr"));
        for (int z = 0; z < Fixtures.SLICES; z++) {
            edit(slice(mr, z), l -> put(l, TagFromName.Modality, "MR"));
        }
        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory());
        Map<String, DataRow> rows = readFolder(node, defaults(DicomReaderParameters.class));
        assertFailed(rows.get("noslope"), "CT file " + slice(noSlope, 0) + " has no RescaleSlope");
        assertFailed(rows.get("mr"), "has Modality 'MR'", "'Accept any modality'");

        rows = readFolder(node, set(defaults(DicomReaderParameters.class), "m_anyModality", true));
        assertArrayEquals(expected().data(), image(rows.get("mr")).data(), "read when accepted");
        assertFalse(cell(spec, rows.get("noslope"), "image").isMissing(), "read when accepted");
        assertTrue(warnings(rows.get("noslope")).contains("no RescaleSlope in " + slice(noSlope, 0)),
                "a warning names the file without rescale: " + warnings(rows.get("noslope")));
    }

    @Test
    void holesInASeriesAreErrorsNamingTheFile() throws Exception {
        Path gap = series(breasts.resolve("gap"));
        Files.delete(slice(gap, 5));
        Path zero = series(breasts.resolve("zero"));
        Files.write(slice(zero, 7), new byte[0]);
        Path noPixels = series(breasts.resolve("nopixels"));
        edit(slice(noPixels, 6), l -> l.remove(TagFromName.PixelData));
        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory());
        Map<String, DataRow> rows = readFolder(node, defaults(DicomReaderParameters.class));
        assertFailed(rows.get("gap"), "slice missing in " + gap, slice(gap, 4).getFileName().toString(),
                slice(gap, 6).getFileName().toString());
        assertFailed(rows.get("zero"), slice(zero, 7) + " is empty (0 bytes)");
        assertFailed(rows.get("nopixels"), slice(noPixels, 6) + " is an image", "without pixel data");
        assertTrue(node.warning().startsWith("3 of 3 breasts could not be read"), node.warning());
    }

    @Test
    void deflatedSlicesAreDecodedAndJpegNamesTheSyntaxAndTheFix() throws Exception {
        Path deflated = series(breasts.resolve("deflated"));
        for (int z : new int[]{0, 5}) {
            com.pixelmed.dicom.AttributeList l = new com.pixelmed.dicom.AttributeList();
            l.read(slice(deflated, z).toFile());
            l.remove(TagFromName.TransferSyntaxUID);
            com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(l,
                    TransferSyntax.DeflatedExplicitVRLittleEndian, "TEST");
            l.write(slice(deflated, z).toFile(), TransferSyntax.DeflatedExplicitVRLittleEndian, true, true);
        }
        Path jpeg = series(breasts.resolve("jpeg"));
        Fixtures.encapsulateJpeg(slice(jpeg, 3));
        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory());
        Map<String, DataRow> rows = readFolder(node, defaults(DicomReaderParameters.class));
        assertArrayEquals(expected().data(), image(rows.get("deflated")).data());
        assertFailed(rows.get("jpeg"), "DICOM file " + slice(jpeg, 3) + " uses transfer syntax "
                + TransferSyntax.JPEGLossless, "dcmdjpeg IN.dcm OUT.dcm");
    }

    @Test
    void foldersWithoutAReadableSeriesAreFailedRowsAndNestingIsFound() throws Exception {
        series(breasts.resolve("nested").resolve("STUDY").resolve("SERIES"));
        series(breasts.resolve("twoseries").resolve("STUDY").resolve("S1"));
        series(breasts.resolve("twoseries").resolve("STUDY").resolve("S2"));
        Path empties = Files.createDirectories(breasts.resolve("empties"));
        Files.write(empties.resolve("IM1"), new byte[0]);
        Files.write(empties.resolve("IM2"), new byte[0]);
        Path noMeta = Files.createDirectories(breasts.resolve("nometa"));
        byte[] junk = new byte[400];
        junk[128] = 'D';
        junk[129] = 'I';
        junk[130] = 'C';
        junk[131] = 'M';
        Files.write(noMeta.resolve("IM1"), junk);
        series(breasts.resolve("cylinder"));
        Files.createDirectories(breasts.resolve("notes"));
        Files.writeString(breasts.resolve("notes").resolve("readme.txt"), "not a breast");
        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory());
        Map<String, DataRow> rows = readFolder(node, defaults(DicomReaderParameters.class));

        assertEquals(List.of("cylinder", "empties", "nested", "nometa", "twoseries"), List.copyOf(rows.keySet()),
                "every breast folder is a row (the folder of notes is skipped)");
        assertArrayEquals(expected().data(), image(rows.get("nested")).data(), "STUDY/SERIES is descended into");
        assertFailed(rows.get("empties"), "no readable DICOM image in " + empties, "2 files, 2 of them empty");
        assertFailed(rows.get("nometa"), "cannot parse DICOM file " + noMeta.resolve("IM1")
                + ": it has the DICM marker but no file meta information group");
        assertFailed(rows.get("twoseries"), "holds 2 series in nested folders");
        assertFailed(rows.get("cylinder"), "reserved");
        assertTrue(node.warning().startsWith("4 of 5 breasts could not be read"), node.warning());
    }

    @Test
    void theFolderMayBeACdWithDicomdirOrOneSeriesFolder() throws Exception {
        Path cd = Files.createDirectories(breasts.resolve("CD"));
        Files.write(cd.resolve("DICOMDIR"), new byte[]{1, 2, 3});
        series(cd.resolve("PT000000").resolve("ST000000").resolve("SE000000"));
        series(cd.resolve("PT000001").resolve("ST000000").resolve("SE000000"));
        Path one = series(breasts.resolve("one"));
        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory());
        ShortVolume expected = expected();

        BufferedDataTable t = node.executeTable(set(defaults(DicomReaderParameters.class), "m_folder",
                wf.local("breasts/CD")), exec());
        spec = t.getSpec();
        List<DataRow> rows = rows(t);
        assertEquals(List.of("PT000000_ST000000_SE000000", "PT000001_ST000000_SE000000"),
                rows.stream().map(r -> r.getKey().getString()).toList(), "every series below the DICOMDIR");
        for (DataRow r : rows) {
            assertArrayEquals(expected.data(), image(r).data());
        }
        t = node.executeTable(set(defaults(DicomReaderParameters.class), "m_folder", wf.local("breasts/one")),
                exec());
        spec = t.getSpec();
        assertEquals(1, t.size(), "a series folder is one breast");
        assertArrayEquals(expected.data(), image(rows(t).get(0)).data());
        t = node.executeTable(set(defaults(DicomReaderParameters.class), "m_folder",
                wf.local("breasts/one/" + slice(one, 3).getFileName())), exec());
        assertEquals("one", rows(t).get(0).getKey().getString(), "a file of it stands for its folder");
    }

    @Test
    void failFastStopsTheNodeNamingTheBreastAndTheFile() throws Exception {
        Path zero = series(breasts.resolve("zero"));
        Files.write(slice(zero, 2), new byte[0]);
        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory());
        DicomReaderParameters p = set(set(defaults(DicomReaderParameters.class), "m_failFast", true), "m_folder",
                wf.local("breasts"));
        Exception e = assertThrows(Exception.class, () -> node.executeTable(p, exec()));
        assertTrue(e.getMessage().startsWith("Breast 'zero' (") && e.getMessage().contains(slice(zero, 2)
                + " is empty (0 bytes)"), e.getMessage());
    }

    // ---------------------------------------------------------------- table mode: one series per row

    /** Table mode: a Path column with one row per folder (row ID = the folder's name). */
    private BufferedDataTable readRows(final KitNode<?> node, final Path... folders) throws Exception {
        FSLocation base = wf.local("breasts");
        DataTableSpec in = new DataTableSpec(PathColumns.spec("Path", base));
        DataRow[] rows = new DataRow[folders.length];
        for (int i = 0; i < folders.length; i++) {
            rows[i] = new DefaultRow(new RowKey(folders[i].getFileName().toString()),
                    PathColumns.cells(base).createCell(new FSLocation(base.getFSCategory(), folders[i].toString())));
        }
        BufferedDataTable t = node.executeTable(defaults(DicomReaderParameters.class), exec(),
                KitTables.table(exec(), in, rows));
        spec = t.getSpec();
        return t;
    }

    @Test
    void aRowsFolderIsSearchedAsTheLocationModeSearchesIt() throws Exception {
        Path nested = breasts.resolve("P001");
        series(nested.resolve("STUDY").resolve("SERIES"));
        Path cd = Files.createDirectories(breasts.resolve("CD"));
        Files.write(cd.resolve("DICOMDIR"), new byte[]{1, 2, 3});
        series(cd.resolve("PT000000").resolve("ST000000").resolve("SE000000"));
        Path two = breasts.resolve("P002");
        series(two.resolve("S1"));
        series(two.resolve("S2"));
        Path empty = Files.createDirectories(breasts.resolve("P003"));
        Path zeros = Files.createDirectories(breasts.resolve("P004"));
        Files.write(zeros.resolve("IM1"), new byte[0]);
        Path plain = series(breasts.resolve("P005"));

        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory(), DicomReaderNodeInfo.TABLE_PORT);
        BufferedDataTable t = readRows(node, nested, cd, two, empty, zeros, plain);
        List<DataRow> rows = rows(t);
        assertEquals(6, rows.size(), "one row per input row");
        ShortVolume expected = expected();
        assertArrayEquals(expected.data(), image(rows.get(0)).data(), "P001/STUDY/SERIES read for row P001");
        assertEquals("P001", cell(spec, rows.get(0), "id").toString());
        assertArrayEquals(expected.data(), image(rows.get(1)).data(), "the one series of the CD read");
        assertFailed(rows.get(2), "holds 2 series", "S1", "S2", "one series");
        assertFailed(rows.get(3), "no DICOM image file in folder " + empty);
        assertFailed(rows.get(4), zeros.resolve("IM1") + " is empty (0 bytes)");
        assertArrayEquals(expected.data(), image(rows.get(5)).data(), "a series folder reads as before");
        assertTrue(node.warning().startsWith("3 of 6 breasts could not be read"), node.warning());
    }

    @Test
    void seriesOnAConnectedFileSystemAreReadFromATemporaryCopyThatIsRemoved() throws Exception {
        series(breasts.resolve("b1").resolve("STUDY").resolve("SERIES"));
        Path zero = series(breasts.resolve("b2"));
        Files.write(slice(zero, 1), new byte[0]);
        List<String> before = Fixtures.temporaryCopies();
        KitNode<?> node = KitNode.create(wf, new DicomReaderNodeFactory(),
                org.breastct.knime.node.FileNodeFactory.FILE_SYSTEM_GROUP);
        DicomReaderParameters p = set(defaults(DicomReaderParameters.class), "m_folder",
                KitWorkflow.connected("kit-remote", "/breasts"));
        BufferedDataTable t = node.executeTable(p, exec(), KitWorkflow.connectedPort(wf.localFolder(), "kit-remote"));
        spec = t.getSpec();
        List<DataRow> rows = rows(t);
        assertEquals(2, rows.size());
        assertArrayEquals(expected().data(), image(rows.get(0)).data());
        assertFailed(rows.get(1), "is empty (0 bytes)");
        assertEquals(before, Fixtures.temporaryCopies(), "no temporary copy left");
        assertNotNull(node.warning());
    }
}
