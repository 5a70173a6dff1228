package org.breastct.knime.node.npywriter;

import java.util.List;

import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfo.Port;
import org.breastct.knime.node.NodeInfo.PortKind;

/** Name, description and ports of the NPY Writer (plain Java, checked by tests). */
public final class NpyWriterNodeInfo {

    public static final NodeInfo INFO = new NodeInfo("Breast CT NPY Writer", "./npywriter.png",
            "Writes Breast CT volumes as numpy .npy files.",
            "<p>Writes the volume of each row to a <tt>.npy</tt> file byte for byte as numpy's <tt>np.save</tt> "
                    + "writes it (int16 as <tt>&lt;i2</tt>, uint8 as <tt>|u1</tt>, bool as <tt>|b1</tt>; one-slice "
                    + "bool masks as 2-D arrays like the authors' <tt>cylinder.npy</tt>). Each file is written "
                    + "under a temporary name and then renamed, so no half-written file is left under the final "
                    + "name. The output is the input table with the written file appended as a KNIME Path "
                    + "(missing for a missing volume).</p>"
                    + "<p>The output folder can be on any KNIME file system: the local disk, relative to the "
                    + "current workflow, its data area or the current Hub space (for workflows that run on KNIME "
                    + "Hub or Server), a mountpoint, or a storage attached through the optional File System port "
                    + "(add it with the node's \"...\" menu).</p>",
            List.of(Port.table("Volumes", "A table with a Breast CT volume column."),
                    new Port("File system", "Optional file system connection (e.g. from a cloud storage "
                            + "connector); the output folder is then a folder of that file system.",
                            PortKind.FILE_SYSTEM)),
            List.of(Port.table("Volumes with paths", "The input table with the column <i>&lt;volume column&gt; "
                    + "path</i> (KNIME Path) appended.")),
            List.of("numpy", "npy", "writer", "breast CT"),
            List.of(NodeInfo.PAPER));

    private NpyWriterNodeInfo() {
    }
}
