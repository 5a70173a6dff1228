package org.breastct.knime.node.renderer;

import java.util.List;

import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfo.Port;

/** Name, description and ports of the Representative Image Renderer (plain Java, checked by tests). */
public final class RendererNodeInfo {

    public static final NodeInfo INFO = new NodeInfo("Representative Image Renderer", "./renderer.png",
            "Renders representative coronal, sagittal and transversal images of each breast and its segmentation.",
            "<p>For each row, renders the HU image and the label volume in three planes: coronal = slice 0 at the "
                    + "chest wall (or the plane chosen in the dialog), sagittal = all slices at the column of the "
                    + "breast tip, transversal = all slices at the row of the tip (tip = centre of the last "
                    + "non-empty label slice among the last 50). Images are appended as PNG image cells named as "
                    + "the authors' scripts name their files: <i>img_c</i>, <i>auto_seg_c</i>, <i>img_s</i>, "
                    + "<i>auto_seg_s</i>, <i>img_t</i>, <i>auto_seg_t</i> (only the chosen planes). Use KNIME's "
                    + "Image Writer (Table) to save them. Missing input cells give missing images.</p>",
            List.of(Port.table("Segmented breasts", "A table with an HU image column and a label column.")),
            List.of(Port.table("Images", "The input table with two PNG image columns per chosen plane appended.")),
            List.of("PNG", "image", "breast CT", "render", "segmentation"),
            List.of(NodeInfo.PAPER));

    private RendererNodeInfo() {
    }
}
