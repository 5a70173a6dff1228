package org.breastct.knime.node.npyreader;

import java.util.List;

import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfo.Port;
import org.breastct.knime.node.NodeInfo.PortKind;

/** Name, description and ports of the NPY Reader (plain Java, checked by tests). */
public final class NpyReaderNodeInfo {

    /** Name (port group id) of the optional input table. */
    public static final String TABLE_PORT = "Files";

    public static final NodeInfo INFO = new NodeInfo("Breast CT NPY Reader", "./npyreader.png",
            "Reads numpy .npy volumes (the authors' format) into Breast CT volume cells.",
            "<p>Reads 3-D numpy arrays (<tt>.npy</tt>, as the authors' scripts save them: <tt>uid.npy</tt> int16 "
                    + "images, <tt>segmentation_uid.npy</tt> uint8 labels) into volume cells, one row per file. "
                    + "2-D arrays (such as <tt>cylinder.npy</tt>) are read as one-slice volumes. The id is the file "
                    + "name without <tt>.npy</tt> (and without the prefix set below); it is also the row ID.</p>"
                    + "<p>The files are checked as the command line checks them: a bool file is read only as a "
                    + "mask, never as an image or labels; an image of an unsigned type (stored values) is refused "
                    + "unless a stored-value offset is set; an image that does not look like Hounsfield units "
                    + "(hardly any air below -500 HU, values below -2048 HU) is refused unless that check is "
                    + "switched off; a label volume with a value other than the codes 0 to 7 is refused.</p>"
                    + "<p>The input is a folder or one file on any KNIME file system: the local disk, relative to "
                    + "the current workflow, its data area or the current Hub space (for workflows that run on "
                    + "KNIME Hub or Server), a mountpoint, or a storage attached through the optional File System "
                    + "port. Instead, an input table with a KNIME Path column can name the files, one per row "
                    + "(e.g. from <i>List Files/Folders</i>); the id and the volume are then appended to each "
                    + "row. Files that are not on the local disk are copied to a temporary file for reading.</p>"
                    + "<p>Volumes travel as <i>Breast CT volume</i> cells: the voxels are kept as an .npy file in "
                    + "the workflow's file store and read only when a node needs them; the table shows the type, "
                    + "shape and spacing, e.g. <tt>int16 400x640x640, 0.30 mm</tt>.</p>",
            List.of(new Port("File system", "Optional file system connection (e.g. from a cloud storage "
                    + "connector); the input or the paths of the input table are then on that file system.",
                    PortKind.FILE_SYSTEM),
                    new Port(TABLE_PORT, "Optional table with a KNIME Path column of .npy files, one per row.",
                            PortKind.OPTIONAL_TABLE)),
            List.of(Port.table("Volumes", "One row per file: <i>id</i>, the volume column and <i>path</i> (KNIME "
                    + "Path of the file); with an input table, the input row with <i>id</i> and the volume column "
                    + "appended.")),
            List.of("numpy", "npy", "breast CT", "reader"),
            List.of(NodeInfo.PAPER));

    private NpyReaderNodeInfo() {
    }
}
