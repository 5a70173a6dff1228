package org.breastct.knime.reliability;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.breastct.knime.node.dicomwriter.DicomWriterNodeFactory;
import org.breastct.knime.node.dicomwriter.DicomWriterParameters;
import org.breastct.knime.node.glandularity.GlandularityNodeFactory;
import org.breastct.knime.node.glandularity.GlandularityParameters;
import org.breastct.knime.node.renderer.RendererNodeFactory;
import org.breastct.knime.node.renderer.RendererParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Volume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeFactory;
import org.knime.node.parameters.NodeParameters;

/**
 * The nodes that interpret labels (Glandularity Calculator, Representative Image Renderer, DICOM
 * Writer; configure + execute on the in-memory KNIME runtime) refuse a label cell with a value that is
 * no label code or a bool mask in the label column, naming the row and the cause, and the DICOM Writer
 * then leaves nothing in its output folder. (A label cell with code 8 cannot come from this version's
 * NPY Reader or Segmenter, but from a workflow executed with an earlier version; before the check the
 * Glandularity counted it as "other" and the Renderer drew it.)
 */
class LabelChecksNodeTest {

    @TempDir
    Path tmp;

    private KitWorkflow wf;

    private ExecutionContext exec;

    private ShortVolume image;

    @BeforeEach
    void workspace() {
        wf = KitWorkflow.create(tmp.resolve("workspace"));
        exec = new ExecutionContext(tmp.resolve("filestores"));
        image = Fixtures.breast("b1");
    }

    /** The fixture's labels with one voxel of {@code code} at slice 4, row 48, column 48 (inside the breast). */
    private ByteVolume labelsWith(final int code) {
        ByteVolume l = Fixtures.labels(image);
        l.data()[(4 * Fixtures.SIZE + 48) * Fixtures.SIZE + 48] = (byte)code;
        return l;
    }

    /** Runs the node on a table of {@code image} and {@code labels}; returns the failure's message. */
    private <P extends NodeParameters> String fails(final NodeFactory<?> factory, final P parameters,
            final Volume labels) throws Exception {
        BufferedDataTable in = Fixtures.volumes(exec, image, labels, "b1");
        KitNode<?> node = KitNode.create(wf, factory);
        Exception e = assertThrows(Exception.class, () -> node.executeTable(parameters, exec, in));
        return e.getMessage();
    }

    private static final String NOT_A_CODE =
            "Row 'b1': label volume 'b1' holds 1 voxels that are not label codes 0..7 (first: 8 at [4, 48, 48])";

    @Test
    void glandularityRefusesCodesThatAreNoLabel() throws Exception {
        String m = fails(new GlandularityNodeFactory(), defaults(GlandularityParameters.class), labelsWith(8));
        assertTrue(m.startsWith(NOT_A_CODE), m);
    }

    @Test
    void rendererRefusesCodesThatAreNoLabel() throws Exception {
        String m = fails(new RendererNodeFactory(), defaults(RendererParameters.class), labelsWith(8));
        assertTrue(m.startsWith(NOT_A_CODE), m);
    }

    @Test
    void dicomWriterRefusesCodesThatAreNoLabelAndWritesNothing() throws Exception {
        DicomWriterParameters p = set(defaults(DicomWriterParameters.class), "m_outputFolder", wf.local("out"));
        String m = fails(new DicomWriterNodeFactory(), p, labelsWith(8));
        assertTrue(m.startsWith(NOT_A_CODE), m);
        assertEquals(List.of(), Fixtures.tree(wf.localFolder().resolve("out")), "nothing written");
    }

    @Test
    void aMaskInTheLabelColumnIsRefusedByEachNode() throws Exception {
        boolean[] m = new boolean[image.data().length];
        m[0] = true;
        MaskVolume mask = new MaskVolume("b1", image.dims(), image.spacing(), m);
        String expected = "Row 'b1': label volume 'b1' is bool, expected a uint8 label volume";
        assertTrue(fails(new GlandularityNodeFactory(), defaults(GlandularityParameters.class), mask)
                .startsWith(expected));
        assertTrue(fails(new RendererNodeFactory(), defaults(RendererParameters.class), mask).startsWith(expected));
        DicomWriterParameters p = set(defaults(DicomWriterParameters.class), "m_outputFolder", wf.local("out"));
        assertTrue(fails(new DicomWriterNodeFactory(), p, mask).startsWith(expected));
        assertEquals(List.of(), Fixtures.tree(wf.localFolder().resolve("out")), "nothing written");
    }

    @Test
    void everyLabelCodeIsAccepted() throws Exception {
        ByteVolume all = Fixtures.labels(image);
        for (int code = 0; code <= 7; code++) {
            all.data()[(4 * Fixtures.SIZE + 48) * Fixtures.SIZE + 40 + code] = (byte)code;
        }
        BufferedDataTable in = Fixtures.volumes(exec, image, all, "b1");
        for (NodeFactory<?> f : List.of(new GlandularityNodeFactory(), new RendererNodeFactory())) {
            NodeParameters p = f instanceof GlandularityNodeFactory ? defaults(GlandularityParameters.class)
                    : defaults(RendererParameters.class);
            assertEquals(1, KitNode.create(wf, f).executeTable(p, exec, in).size());
        }
    }
}
