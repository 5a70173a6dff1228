package org.breastct.knime.runtime;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.breastct.knime.data.VolumeCell;
import org.breastct.knime.node.dicomreader.DicomReaderNodeFactory;
import org.breastct.knime.node.dicomreader.DicomReaderNodeInfo;
import org.breastct.knime.node.dicomreader.DicomReaderParameters;
import org.breastct.knime.node.dicomwriter.DicomWriterNodeFactory;
import org.breastct.knime.node.dicomwriter.DicomWriterParameters;
import org.breastct.knime.node.glandularity.GlandularityNodeFactory;
import org.breastct.knime.node.glandularity.GlandularityParameters;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.filehandling.core.data.location.cell.SimpleFSLocationCellFactory;
import org.knime.node.parameters.NodeParameters;

/**
 * Configure only, as KNIME does when nodes are connected: the chain's specs flow from the DICOM Reader's location
 * through every node without data, and a missing or wrong input column (or a colliding output column, or a connected
 * location without a File System port) fails at configure with an {@link InvalidSettingsException} naming it.
 */
class ConfigureTest {

    @TempDir
    Path tmp;

    private KitWorkflow m_wf;

    @BeforeEach
    void setUp() {
        m_wf = KitWorkflow.create(tmp);
    }

    private DataTableSpec configure(final NodeFactory<? extends NodeModel> f, final NodeParameters p,
        final DataTableSpec... in) throws InvalidSettingsException {
        return (DataTableSpec)KitNode.create(m_wf, f).configure(p, in)[0];
    }

    /** The specs of the example chain, predicted at configure time from the reader's location alone. */
    private List<DataTableSpec> chainSpecs() throws InvalidSettingsException {
        List<DataTableSpec> specs = new ArrayList<>();
        DicomReaderParameters rp = set(defaults(DicomReaderParameters.class), "m_folder", m_wf.dataAreaRelative("x"));
        specs.add(configure(new DicomReaderNodeFactory(), rp));
        specs.add(configure(new SegmenterNodeFactory(), defaults(SegmenterParameters.class), specs.get(0)));
        specs.add(configure(new RendererNodeFactory(), defaults(RendererParameters.class), specs.get(1)));
        specs.add(configure(new GlandularityNodeFactory(), defaults(GlandularityParameters.class), specs.get(2)));
        return specs;
    }

    private static DataTableSpec without(final DataTableSpec spec, final String column) {
        List<DataColumnSpec> cols = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (!c.getName().equals(column)) {
                cols.add(c);
            }
        }
        return new DataTableSpec(cols.toArray(new DataColumnSpec[0]));
    }

    private static DataTableSpec retyped(final DataTableSpec spec, final String column, final DataType type) {
        List<DataColumnSpec> cols = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            cols.add(c.getName().equals(column) ? new DataColumnSpecCreator(column, type).createSpec() : c);
        }
        return new DataTableSpec(cols.toArray(new DataColumnSpec[0]));
    }

    private void assertFails(final NodeFactory<? extends NodeModel> f, final NodeParameters p, final DataTableSpec in,
        final String... parts) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> configure(f, p, in));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }

    @Test
    void specsFlowThroughTheChainAtConfigure() throws Exception {
        List<DataTableSpec> s = chainSpecs();
        assertEquals(VolumeCell.TYPE, s.get(0).getColumnSpec("image").getType());
        assertEquals(VolumeCell.TYPE, s.get(1).getColumnSpec("labels").getType());
        for (int i = 1; i < s.size(); i++) {
            for (int c = 0; c < s.get(i - 1).getNumColumns(); c++) {
                assertEquals(s.get(i - 1).getColumnSpec(c), s.get(i).getColumnSpec(c), "node " + i + " keeps column "
                    + c);
            }
            assertTrue(s.get(i).getNumColumns() > s.get(i - 1).getNumColumns(), "node " + i + " appends");
        }
    }

    @Test
    void missingOrWrongImageColumn() throws Exception {
        DataTableSpec read = chainSpecs().get(0);
        assertFails(new SegmenterNodeFactory(), defaults(SegmenterParameters.class), without(read, "image"),
            "HU image column 'image'", "not in the input table");
        assertFails(new SegmenterNodeFactory(), defaults(SegmenterParameters.class),
            retyped(read, "image", StringCell.TYPE), "HU image column 'image'", "does not hold Breast CT volumes");
        assertFails(new SegmenterNodeFactory(), set(defaults(SegmenterParameters.class), "m_imageColumn", "scan"),
            read, "'scan'");
    }

    @Test
    void missingLabelColumn() throws Exception {
        DataTableSpec segmented = chainSpecs().get(1);
        assertFails(new RendererNodeFactory(), defaults(RendererParameters.class), without(segmented, "labels"),
            "Label column 'labels'");
        assertFails(new GlandularityNodeFactory(), defaults(GlandularityParameters.class),
            without(segmented, "labels"), "Label column 'labels'");
        assertFails(new DicomWriterNodeFactory(),
            set(defaults(DicomWriterParameters.class), "m_outputFolder", m_wf.local("out")),
            without(segmented, "labels"), "Label column 'labels'");
        assertFails(new NpyWriterNodeFactory(),
            set(defaults(NpyWriterParameters.class), "m_outputFolder", m_wf.local("out")),
            without(segmented, "labels"), "Volume column 'labels'");
        assertFails(new VolumeViewerNodeFactory(), defaults(VolumeViewerParameters.class),
            without(segmented, "labels"), "Label column 'labels'");
    }

    @Test
    void cylinderColumnWhenTheRingIsDrawn() throws Exception {
        DataTableSpec segmented = chainSpecs().get(1);
        DicomWriterParameters p = set(defaults(DicomWriterParameters.class), "m_outputFolder", m_wf.local("out"));
        set(p, "m_drawCylinder", true);
        assertFails(new DicomWriterNodeFactory(), p, without(segmented, "cylinder"), "Cylinder mask column 'cylinder'");
    }

    @Test
    void appendedColumnThatExistsAlready() throws Exception {
        DataTableSpec segmented = chainSpecs().get(1);
        assertFails(new SegmenterNodeFactory(), defaults(SegmenterParameters.class), segmented,
            "already has a column 'labels'");
    }

    @Test
    void outputFolderNotSet() throws Exception {
        DataTableSpec segmented = chainSpecs().get(1);
        assertFails(new NpyWriterNodeFactory(), defaults(NpyWriterParameters.class), segmented,
            "Output folder is not set");
    }

    @Test
    void connectedLocationWithoutFileSystemPort() throws Exception {
        DataTableSpec segmented = chainSpecs().get(1);
        assertFails(new NpyWriterNodeFactory(),
            set(defaults(NpyWriterParameters.class), "m_outputFolder", KitWorkflow.connected("s3", "/out")),
            segmented, "'/out'", "no File System port is connected");
    }

    @Test
    void readerTableWithoutPathColumn() throws Exception {
        DataTableSpec noPath = new DataTableSpec(new DataColumnSpecCreator("folder", StringCell.TYPE).createSpec());
        KitNode<?> reader = KitNode.create(m_wf, new DicomReaderNodeFactory(), DicomReaderNodeInfo.TABLE_PORT);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> reader.configure(defaults(DicomReaderParameters.class), noPath));
        assertTrue(e.getMessage().contains("no Path column"), e.getMessage());
        DataTableSpec twoColumns = new DataTableSpec(new DataColumnSpecCreator("folder", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("p", SimpleFSLocationCellFactory.TYPE).createSpec());
        e = assertThrows(InvalidSettingsException.class, () -> reader
            .configure(set(defaults(DicomReaderParameters.class), "m_pathColumn", "folder"), twoColumns));
        assertTrue(e.getMessage().contains("'folder' is not a Path column"), e.getMessage());
    }
}
