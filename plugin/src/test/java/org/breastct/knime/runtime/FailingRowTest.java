package org.breastct.knime.runtime;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.breastct.knime.runtime.kit.KitTables.cell;
import static org.breastct.knime.runtime.kit.KitTables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.breastct.io.npy.NpyReader;
import org.breastct.knime.data.VolumeCell;
import org.breastct.knime.data.VolumeCellFactory;
import org.breastct.knime.node.dicomreader.DicomReaderNodeFactory;
import org.breastct.knime.node.dicomreader.DicomReaderNodeInfo;
import org.breastct.knime.node.dicomreader.DicomReaderParameters;
import org.breastct.knime.node.npyreader.NpyReaderNodeFactory;
import org.breastct.knime.node.npyreader.NpyReaderParameters;
import org.breastct.knime.node.segmenter.SegmenterNodeFactory;
import org.breastct.knime.node.segmenter.SegmenterParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitTables;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.VoxelType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.filehandling.core.data.location.cell.SimpleFSLocationCellFactory;

/**
 * One breast of several cannot be processed: the node does what it documents. DICOM Reader (node description,
 * option "Fail on the first breast that cannot be read"): a row with missing cells and "FAILED: ..." in
 * <i>warnings</i> plus a node warning naming the breast, or with fail-fast an error naming it. The row-by-row nodes
 * (AppendingNodeModel): the node fails with "Row '&lt;id&gt;': &lt;cause&gt;" and logs it.
 */
class FailingRowTest {

    @TempDir
    Path tmp;

    private KitWorkflow m_wf;

    private ExecutionContext m_exec;

    @BeforeEach
    void setUp() {
        m_wf = KitWorkflow.create(tmp.resolve("workspace"));
        m_exec = new ExecutionContext(tmp.resolve("fs"));
    }

    /** The sample series and a copy of it under {@code damaged} whose slice 30 is cut to 200 bytes. */
    private Path twoBreasts() throws Exception {
        Path dicom = m_wf.localFolder().resolve("dicom");
        Samples.copySeries(dicom);
        Path damaged = dicom.resolve("damaged");
        Files.move(Samples.copySeries(tmp.resolve("copy")), damaged);
        try (FileChannel ch = FileChannel.open(damaged.resolve("CT00000030.dcm"), StandardOpenOption.WRITE)) {
            ch.truncate(200);
        }
        return dicom;
    }

    @Test
    void dicomReaderReportsTheBreastThatCannotBeRead() throws Exception {
        twoBreasts();
        KitNode<?> reader = KitNode.create(m_wf, new DicomReaderNodeFactory());
        DicomReaderParameters p = set(defaults(DicomReaderParameters.class), "m_folder", m_wf.local("dicom"));
        BufferedDataTable out = reader.executeTable(p, m_exec);
        List<DataRow> rows = rows(out);
        assertEquals(List.of("damaged", Samples.ID), rows.stream().map(r -> r.getKey().getString()).toList());
        DataRow bad = rows.get(0);
        DataTableSpec spec = out.getSpec();
        assertTrue(cell(spec, bad, "image").isMissing(), "no image for the failed breast");
        String warning = cell(spec, bad, "warnings").toString();
        assertTrue(warning.startsWith("FAILED: Breast 'damaged'"), warning);
        assertTrue(warning.contains("damaged"), warning);
        assertFalse(cell(spec, rows.get(1), "image").isMissing(), "the good breast is read");
        assertNotNull(reader.warning());
        assertTrue(reader.warning().startsWith("1 of 2 breasts could not be read (damaged)"), reader.warning());
    }

    @Test
    void dicomReaderFailFastNamesTheBreastAndTheCause() throws Exception {
        twoBreasts();
        KitNode<?> reader = KitNode.create(m_wf, new DicomReaderNodeFactory());
        DicomReaderParameters p = set(defaults(DicomReaderParameters.class), "m_folder", m_wf.local("dicom"));
        set(p, "m_failFast", true);
        Exception e = assertThrows(Exception.class, () -> reader.execute(p, m_exec));
        assertTrue(e.getMessage().startsWith("Breast 'damaged' ("), e.getMessage());
        assertTrue(e.getMessage().length() > "Breast 'damaged' (".length() + 20, "and the cause: " + e.getMessage());
    }

    @Test
    void dicomReaderWithATableReportsTheRowWhoseFolderIsEmpty() throws Exception {
        Path dicom = m_wf.localFolder().resolve("dicom");
        Samples.copySeries(dicom);
        Files.createDirectories(dicom.resolve("empty"));
        SimpleFSLocationCellFactory paths = new SimpleFSLocationCellFactory(m_wf.local(""));
        DataTableSpec spec = new DataTableSpec(
            new org.knime.core.data.DataColumnSpecCreator("Path", SimpleFSLocationCellFactory.TYPE).createSpec());
        BufferedDataTable in = KitTables.table(m_exec, spec,
            new DefaultRow("Row0", paths.createCell(m_wf.local("dicom/" + Samples.ID))),
            new DefaultRow("Row1", paths.createCell(m_wf.local("dicom/empty"))));
        KitNode<?> reader = KitNode.create(m_wf, new DicomReaderNodeFactory(), DicomReaderNodeInfo.TABLE_PORT);
        BufferedDataTable out = reader.executeTable(defaults(DicomReaderParameters.class), m_exec, in);
        List<DataRow> rows = rows(out);
        assertEquals(2, rows.size());
        assertFalse(cell(out.getSpec(), rows.get(0), "image").isMissing());
        DataRow bad = rows.get(1);
        assertTrue(cell(out.getSpec(), bad, "image").isMissing());
        String warning = cell(out.getSpec(), bad, "warnings").toString();
        assertTrue(warning.startsWith("FAILED: Breast 'empty'"), warning);
        assertTrue(reader.warning().contains("(empty)"), reader.warning());
    }

    @Test
    void segmenterFailsNamingTheRowWhoseVolumeFileIsBroken() throws Exception {
        Path in = Files.createDirectories(m_wf.localFolder().resolve("npy"));
        Files.copy(Samples.npyImage(), in.resolve(Samples.ID + ".npy"));
        NpyReaderParameters rp = set(defaults(NpyReaderParameters.class), "m_location", m_wf.local("npy"));
        BufferedDataTable read = KitNode.create(m_wf, new NpyReaderNodeFactory()).executeTable(rp, m_exec);
        DataRow good = rows(read).get(0);
        // a second breast whose file store file was damaged after the cell was made
        ShortVolume image = (ShortVolume)NpyReader.read(Samples.npyImage(), VoxelType.INT16);
        VolumeCell broken = VolumeCellFactory.create(m_exec, "broken_image.npy", image.with("b2", image.spacing()),
            Progress.NONE);
        Path file = Files.walk(m_exec.kitFileStoreFolder()).filter(f -> f.endsWith("broken_image.npy")).findFirst()
            .orElseThrow();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(1000);
        }
        DataCell[] cells = {new StringCell("b2"), broken, DataType.getMissingCell()};
        BufferedDataTable twoRows = KitTables.table(m_exec, read.getSpec(), good, new DefaultRow("b2", cells));

        KitNode<?> segmenter = KitNode.create(m_wf, new SegmenterNodeFactory());
        Exception e = assertThrows(Exception.class,
            () -> segmenter.execute(defaults(SegmenterParameters.class), m_exec, new PortObject[]{twoRows}));
        assertTrue(e.getMessage().startsWith("Row 'b2': "), e.getMessage());
        assertTrue(e.getMessage().contains("broken_image.npy"), "names the file: " + e.getMessage());
        assertTrue(segmenter.log().stream().anyMatch(l -> l.startsWith("WARN Row 'b2': ")), segmenter.log()::toString);
    }
}
