package org.breastct.knime.node.glandularity;

import java.util.List;

import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfo.Port;

/** Name, description and ports of the Glandularity Calculator (plain Java, checked by tests). */
public final class GlandularityNodeInfo {

    public static final NodeInfo INFO = new NodeInfo("Glandularity Calculator", "./glandularity.png",
            "Computes the glandularity (HU_G, Seg_G) and tissue volumes of segmented breasts.",
            "<p>For each row: tissue = fat (label 1) and glands (label 2); <b>HU_G</b> = G(mean HU over tissue), "
                    + "with the calibration G(HU) = (HU + 255) / 214 on HU clamped to [-300, 0]; <b>Seg_G</b> = "
                    + "gland voxels / tissue voxels. Also appended: the breast (tissue) volume and the volume of "
                    + "each label in ml (voxel count x voxel volume from the spacing), and the mean HU of tissue, "
                    + "fat and glands. Values without voxels (e.g. no tissue) and missing inputs give missing "
                    + "cells. The skin fold volume is counted from the optional skin fold column (the Breast "
                    + "Segmenter's <i>fold</i> masks); without it the skin fold is 0 ml.</p>",
            List.of(Port.table("Segmented breasts", "A table with an HU image column, a label column and "
                    + "optionally a skin fold column.")),
            List.of(Port.table("Glandularity", "The input table with HU_G, Seg_G, breast (ml), fat, glands, skin, "
                    + "muscle, rib, skin fold and implant (ml), mean HU tissue, mean HU fat and mean HU glands "
                    + "appended.")),
            List.of("glandularity", "density", "breast CT", "volume"),
            List.of(NodeInfo.PAPER));

    private GlandularityNodeInfo() {
    }
}
