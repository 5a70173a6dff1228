package org.breastct.knime.runtime;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.breastct.knime.runtime.kit.KitTables.cell;
import static org.breastct.knime.runtime.kit.KitTables.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.breastct.analysis.GlandularityAnalysis;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.io.npy.NpyReader;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.node.glandularity.GlandularityColumns;
import org.breastct.knime.node.glandularity.GlandularityNodeFactory;
import org.breastct.knime.node.glandularity.GlandularityParameters;
import org.breastct.knime.node.dicomreader.DicomReaderNodeFactory;
import org.breastct.knime.node.dicomreader.DicomReaderParameters;
import org.breastct.knime.node.dicomwriter.DicomWriterNodeFactory;
import org.breastct.knime.node.dicomwriter.DicomWriterParameters;
import org.breastct.knime.node.dicomwriter.DicomWriterSettings;
import org.breastct.knime.node.npywriter.NpyWriterNodeFactory;
import org.breastct.knime.node.npywriter.NpyWriterParameters;
import org.breastct.knime.node.renderer.RendererNodeFactory;
import org.breastct.knime.node.renderer.RendererParameters;
import org.breastct.knime.node.segmenter.SegmenterNodeFactory;
import org.breastct.knime.node.segmenter.SegmenterParameters;
import org.breastct.knime.node.viewer.VolumeViewerNodeFactory;
import org.breastct.knime.node.viewer.VolumeViewerParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.VoxelType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.BufferedDataTableHolder;
import org.knime.core.node.ExecutionContext;
import org.knime.filehandling.core.data.location.FSLocationValue;

/**
 * The node chain of the example workflow "Breast CT batch segmentation" run in JUnit on the kit: DICOM Reader -> Breast
 * Segmenter -> Representative Image Renderer -> Glandularity Calculator -> Volume Viewer, NPY Writer and DICOM Writer,
 * on the workflow's sample series (in the workflow data area, as the example reads it). Image and labels are compared
 * with the files the command line made from the same series (workflows/sample-data.md: byte-identical to
 * {@code breastct run}), the glandularity with the engine's analysis of those volumes; written files are read back.
 */
class NodeChainTest {

    @TempDir
    Path tmp;

    private int m_executions;

    /** A new execution context, one per node execution as in KNIME (file stores are per execution). */
    private ExecutionContext exec() {
        return new ExecutionContext(tmp.resolve("filestores-" + m_executions++));
    }

    @Test
    void chainOnTheSampleSeries() throws Exception {
        KitWorkflow wf = KitWorkflow.create(tmp.resolve("workspace"));
        Samples.copySeries(wf.dataArea().resolve("dicom"));

        // DICOM Reader: location in the workflow data area
        KitNode<?> reader = KitNode.create(wf, new DicomReaderNodeFactory());
        DicomReaderParameters rp = set(defaults(DicomReaderParameters.class), "m_folder", wf.dataAreaRelative("dicom"));
        BufferedDataTable read = reader.executeTable(rp, exec());
        assertNull(reader.warning(), "reader warning");
        List<DataRow> readRows = rows(read);
        assertEquals(1, readRows.size());
        DataRow r0 = readRows.get(0);
        assertEquals(Samples.ID, r0.getKey().getString());
        assertEquals(Samples.ID, cell(read.getSpec(), r0, "id").toString());
        ShortVolume expectedImage = (ShortVolume)NpyReader.read(Samples.npyImage(), VoxelType.INT16);
        ShortVolume image = (ShortVolume)((VolumeValue)cell(read.getSpec(), r0, "image")).getVolume(Progress.NONE);
        assertEquals(expectedImage.dims(), image.dims());
        assertArrayEquals(expectedImage.data(), image.data(), "image voxels = the CLI's dicom2npy of the series");
        assertEquals(image.dims().nz(), ((IntValue)cell(read.getSpec(), r0, "slices")).getIntValue());
        assertEquals(160, ((IntValue)cell(read.getSpec(), r0, "rows")).getIntValue());
        assertFalse(cell(read.getSpec(), r0, "cylinder").isMissing(), "cylinder ring of a scanner export");
        assertTrue(cell(read.getSpec(), r0, "warnings").isMissing(), "no warnings");

        // Breast Segmenter (defaults = the published method)
        KitNode<?> segmenter = KitNode.create(wf, new SegmenterNodeFactory());
        ExecutionContext segmenterExec = exec();
        BufferedDataTable segmented = segmenter.executeTable(defaults(SegmenterParameters.class), segmenterExec, read);
        assertEquals(1.0, segmenterExec.kitProgress(), 1e-9, "progress at the end");
        DataTableSpec segSpec = segmented.getSpec();
        DataRow s0 = rows(segmented).get(0);
        ByteVolume labels = (ByteVolume)((VolumeValue)cell(segSpec, s0, "labels")).getVolume(Progress.NONE);
        ByteVolume expectedLabels = (ByteVolume)NpyReader.read(Samples.npyLabels(), VoxelType.UINT8);
        assertArrayEquals(expectedLabels.data(), labels.data(), "labels = the CLI's segmentation of the sample");
        TreeSet<Integer> codes = new TreeSet<>();
        for (byte b : labels.data()) {
            codes.add(b & 0xff);
        }
        // workflows/sample-data.md: the sample breast has air, fat, glands, skin and muscle
        assertEquals(new TreeSet<>(List.of(0, 1, 2, 3, 4)), codes, "label codes present");
        for (int c = 0; c < read.getSpec().getNumColumns(); c++) {
            assertEquals(r0.getCell(c), s0.getCell(c), "input cell " + c + " kept");
        }

        // Representative Image Renderer: PNG cells that decode to images of the volume's planes
        KitNode<?> renderer = KitNode.create(wf, new RendererNodeFactory());
        BufferedDataTable rendered = renderer.executeTable(defaults(RendererParameters.class), exec(), segmented);
        DataTableSpec renSpec = rendered.getSpec();
        DataRow p0 = rows(rendered).get(0);
        int pngColumns = 0;
        for (int c = segSpec.getNumColumns(); c < renSpec.getNumColumns(); c++) {
            assertEquals(PNGImageCellFactory.TYPE, renSpec.getColumnSpec(c).getType());
            PNGImageValue png = (PNGImageValue)p0.getCell(c);
            assertTrue(png.getImageContent().getImage().getWidth() > 0);
            pngColumns++;
        }
        assertEquals(6, pngColumns, "image and labels for the three default planes");

        // Glandularity Calculator: equal to the engine's analysis of the volumes in the table (with their spacing)
        KitNode<?> glandularity = KitNode.create(wf, new GlandularityNodeFactory());
        BufferedDataTable glands = glandularity.executeTable(defaults(GlandularityParameters.class), exec(), rendered);
        DataRow g0 = rows(glands).get(0);
        double[] expected = GlandularityColumns.values(GlandularityAnalysis.analyse(image, labels,
            null));
        List<String> names = GlandularityColumns.names();
        for (int i = 0; i < names.size(); i++) {
            DataCell c = cell(glands.getSpec(), g0, names.get(i));
            if (Double.isNaN(expected[i])) {
                assertTrue(c.isMissing(), names.get(i));
            } else {
                assertEquals(expected[i], ((DoubleValue)c).getDoubleValue(), 0.0, names.get(i));
            }
        }
        double hug = ((DoubleValue)cell(glands.getSpec(), g0, "HU_G")).getDoubleValue();
        assertTrue(hug > 0 && hug < 1, "HU_G " + hug);

        // Volume Viewer: no output, keeps the table for its view
        KitNode<?> viewer = KitNode.create(wf, new VolumeViewerNodeFactory());
        assertEquals(0, viewer.execute(defaults(VolumeViewerParameters.class), exec(), glands).length);
        assertEquals(List.of(glands), List.of(((BufferedDataTableHolder)viewer.model()).getInternalTables()));

        // NPY Writer: labels to a local folder, Path cell -> the file, which reads back equal
        KitNode<?> npyWriter = KitNode.create(wf, new NpyWriterNodeFactory());
        NpyWriterParameters np = set(defaults(NpyWriterParameters.class), "m_outputFolder", wf.local("npy-out"));
        BufferedDataTable npyOut = npyWriter.executeTable(np, exec(), glands);
        DataRow n0 = rows(npyOut).get(0);
        Path npyFile = Path.of(((FSLocationValue)cell(npyOut.getSpec(), n0, np.toSettings().pathColumn()))
            .getFSLocation().getPath());
        assertEquals(wf.localFolder().resolve("npy-out").resolve("segmentation_" + Samples.ID + ".npy"), npyFile);
        assertArrayEquals(labels.data(), ((ByteVolume)NpyReader.read(npyFile, VoxelType.UINT8)).data(),
            "written labels read back");

        // DICOM Writer: a series relative to the workflow (next to it in the mountpoint)
        KitNode<?> dicomWriter = KitNode.create(wf, new DicomWriterNodeFactory());
        DicomWriterParameters dp = set(defaults(DicomWriterParameters.class), "m_outputFolder",
            wf.workflowRelative("../dicom-out"));
        BufferedDataTable dicomOut = dicomWriter.executeTable(dp, exec(), glands);
        DataRow d0 = rows(dicomOut).get(0);
        Path series = wf.toLocal(((FSLocationValue)cell(dicomOut.getSpec(), d0, DicomWriterSettings.PATH_COLUMN))
            .getFSLocation());
        assertEquals(wf.mountpoint().resolve("group").resolve("dicom-out").resolve("segmentation_" + Samples.ID),
            series);
        assertTrue(Files.isDirectory(series));
        ShortVolume back = DicomSeriesReader.read(series, new DicomReadOptions(false, 0, 0, false), Progress.NONE)
            .volume();
        assertEquals(labels.dims(), back.dims());
        for (int i = 0; i < labels.data().length; i++) {
            if ((labels.data()[i] & 0xff) != back.data()[i]) {
                throw new AssertionError("voxel " + i + ": label " + (labels.data()[i] & 0xff) + ", DICOM HU "
                    + back.data()[i]);
            }
        }
    }
}
