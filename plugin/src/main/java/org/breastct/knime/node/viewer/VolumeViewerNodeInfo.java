package org.breastct.knime.node.viewer;

import java.util.List;

import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfo.Port;

/** Name, description and ports of the Breast CT Volume Viewer (plain Java, checked by tests). */
public final class VolumeViewerNodeInfo {

    /** What the view offers; also part of the Breast Segmenter's description. */
    public static final String VIEW = "<p><b>View</b> (right-click the executed node, <i>Open view</i>): one breast "
            + "(row) at a time, in the coronal, sagittal or transversal plane; slice slider and mouse wheel; window "
            + "presets (the method's [-1024, 200] HU, soft tissue, bone) and dragging on the image to change the "
            + "window; the labels over the image in the Okabe-Ito colours of the representative images, with "
            + "opacity and each label shown or hidden on its own; the HU value and label under the cursor; the label "
            + "volumes of the breast in ml. Slices are rendered one at a time, so large breasts open at once.</p>";

    public static final NodeInfo INFO = new NodeInfo("Breast CT Volume Viewer", "./viewer.png",
            "Interactive view of breast-CT volumes and their labels, slice by slice.",
            "<p>Shows the HU image of each row with its label volume (optional) in an interactive view. The node "
                    + "has no output; it keeps a reference to its input table for the view.</p>" + VIEW,
            List.of(Port.table("Breasts", "A table with a Breast CT volume column of int16 HU images and, optionally, "
                    + "a column of uint8 label volumes of the same shape, one breast per row.")),
            List.of(),
            List.of("view", "viewer", "slice", "breast CT", "segmentation", "labels"),
            List.of(NodeInfo.PAPER));

    private VolumeViewerNodeInfo() {
    }
}
