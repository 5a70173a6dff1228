package org.breastct.knime.node.segmenter;

import java.util.List;

import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfo.Port;
import org.breastct.knime.node.viewer.VolumeViewerNodeInfo;

/** Name, description and ports of the Breast Segmenter (plain Java, checked by tests). */
public final class SegmenterNodeInfo {

    public static final NodeInfo INFO = new NodeInfo("Breast Segmenter", "./segmenter.png",
            "Segments breast-CT HU volumes into air, fat, glands, skin, muscle, rib, skin fold and implant.",
            "<p>The rule-based breast segmentation of Shim et al. (2022), step by step as the authors' scripts run "
                    + "it: breast mask, skin-fold detection, skin, ribs and silicone implant, pectoralis muscle, "
                    + "density estimate and glands by threshold region growing. Label codes: 0 air, 1 fat, "
                    + "2 glands, 3 skin, 4 pectoralis muscle, 5 rib, 6 skin fold, 7 implant, 9 cylinder.</p>"
                    + "<p>Appended per row: <i>labels</i> (uint8 label volume), <i>fold</i> (bool skin-fold "
                    + "volume, cropped to the slices it occupies; missing if there is no fold), the flags "
                    + "<i>fold found</i>, <i>rib found</i>, <i>implant found</i>, <i>muscle found</i>, the "
                    + "processing time in seconds per stage (<i>Total, Glands, Skin, Muscle, Rib, Fold, "
                    + "Silicone</i>, the columns of the scripts' Segmentation_time.csv) and <i>segmentation "
                    + "notes</i>. A missing image gives missing cells; a breast that cannot be segmented fails "
                    + "the node with its row ID.</p>"
                    + "<p>Progress is reported per breast and stage; cancelling stops within a fraction of a "
                    + "second. The method works on the whole volume in memory: about 17 bytes of heap per voxel "
                    + "including the image, i.e. 2.7 GB for a 400x640x640 breast (set -Xmx in knime.ini "
                    + "accordingly).</p>" + VolumeViewerNodeInfo.VIEW,
            List.of(Port.table("HU images", "A table with a Breast CT volume column of int16 HU images, one breast "
                    + "per row.")),
            List.of(Port.table("Segmented breasts", "The input table with the label volume, fold volume, flags, "
                    + "stage times and notes appended.")),
            List.of("segmentation", "breast CT", "glandularity", "skin", "pectoralis", "implant"),
            List.of(NodeInfo.PAPER));

    private SegmenterNodeInfo() {
    }
}
