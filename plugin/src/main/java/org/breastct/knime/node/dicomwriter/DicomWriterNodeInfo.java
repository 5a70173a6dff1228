package org.breastct.knime.node.dicomwriter;

import java.util.List;

import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfo.Port;
import org.breastct.knime.node.NodeInfo.PortKind;

/** Name, description and ports of the DICOM Writer (plain Java, checked by tests). */
public final class DicomWriterNodeInfo {

    public static final NodeInfo INFO = new NodeInfo("Breast CT DICOM Writer", "./dicomwriter.png",
            "Writes label volumes as DICOM CT series for dose simulation.",
            "<p>Writes each row's label volume as a DICOM CT series: one file <tt>CT%08d.dcm</tt> per slice, pixel "
                    + "value = label + 1024 stored unsigned 16-bit with RescaleIntercept -1024, so that HU-space "
                    + "values equal the label codes (the format the AB-CT Monte-Carlo dose simulation reads). "
                    + "Unlike the authors' scripts, a valid series is written: new Series and SOP Instance UIDs, "
                    + "InstanceNumber, ImagePositionPatient and SliceLocation per slice. Each series is written "
                    + "into a hidden temporary folder and then renamed, so no half-written series is left under "
                    + "the final name. The output is the input table with the series folder appended as a KNIME "
                    + "Path (missing for a missing label volume).</p>"
                    + "<p>The output folder can be on any KNIME file system: the local disk, relative to the "
                    + "current workflow, its data area or the current Hub space (for workflows that run on KNIME "
                    + "Hub or Server), a mountpoint, or a storage attached through the optional File System port "
                    + "(add it with the node's \"...\" menu).</p>",
            List.of(Port.table("Label volumes", "A table with a label volume column (and optionally a cylinder "
                    + "mask column)."),
                    new Port("File system", "Optional file system connection (e.g. from a cloud storage "
                            + "connector); the output folder and the template are then on that file system.",
                            PortKind.FILE_SYSTEM)),
            List.of(Port.table("Written series", "The input table with the column <i>DICOM series path</i> "
                    + "(KNIME Path) appended.")),
            List.of("DICOM", "writer", "breast CT", "segmentation", "dose"),
            List.of(NodeInfo.PAPER));

    private DicomWriterNodeInfo() {
    }
}
