package org.breastct.knime.node.dicomreader;

import java.util.List;

import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfo.Port;
import org.breastct.knime.node.NodeInfo.PortKind;

/** Name, description and ports of the DICOM Reader (plain Java, checked by tests). */
public final class DicomReaderNodeInfo {

    /** Name (port group id) of the optional input table. */
    public static final String TABLE_PORT = "Series folders";

    public static final NodeInfo INFO = new NodeInfo("Breast CT DICOM Reader", "./dicomreader.png",
            "Reads breast CT DICOM series into Hounsfield-unit volumes, one row per breast.",
            "<p>Reads one CT series per breast into an int16 Hounsfield-unit volume, as the published method "
                    + "does: slices ordered by InstanceNumber, padding value -2000 set to 0, RescaleSlope and "
                    + "RescaleIntercept of the first slice applied, the CT-table cylinder removed and the "
                    + "reconstruction dummy slices at the chest wall trimmed away.</p>"
                    + "<p>The input folder is either a single series folder (it contains the DICOM files), a "
                    + "folder with one subfolder per breast (the subfolder name is the breast id and the row ID; "
                    + "its one series may lie further down, e.g. STUDY/SERIES) or a CD/DVD layout with a DICOMDIR; "
                    + "the breasts are found as the command line finds them, and a breast folder without a readable "
                    + "image is reported as a failed breast. Only CT series are read unless <i>Accept any "
                    + "modality</i> is on. "
                    + "Instead, an input table with a KNIME Path column can name the series, one per row (e.g. "
                    + "<i>List Files/Folders</i> listing the breast folders); each row's folder is searched the same "
                    + "way and must hold exactly one readable series (else the row fails, naming the folder); the "
                    + "reader's columns are then appended to each row. The folder can be on any KNIME file system: the local disk, relative "
                    + "to the current workflow, its data area or the current Hub space (for workflows that run on "
                    + "KNIME Hub or Server), a mountpoint, or a storage attached through the optional File System "
                    + "port. Series that are not on the local disk are copied to a temporary folder for reading."
                    + "</p>"
                    + "<p>The cylinder ring (pixels outside the cylinder radius above -500 HU on the first kept "
                    + "slice, taken before the removal) is output as a one-slice bool mask for the DICOM Writer. "
                    + "A breast that cannot be read does not stop the others: its row has missing cells and the "
                    + "error in the <i>warnings</i> column, and the node shows a warning (unless <i>Fail on the "
                    + "first breast that cannot be read</i> is on).</p>"
                    + "<p>Volumes travel as <i>Breast CT volume</i> cells: the voxels are kept as an .npy file in "
                    + "the workflow's file store and read only when a node needs them; the table shows the type, "
                    + "shape and spacing, e.g. <tt>int16 400x640x640, 0.30 mm</tt>.</p>",
            List.of(new Port("File system", "Optional file system connection (e.g. from a cloud storage "
                    + "connector); the input folder or the paths of the input table are then on that file system.",
                    PortKind.FILE_SYSTEM),
                    new Port(TABLE_PORT, "Optional table with a KNIME Path column of series folders (or of a DICOM "
                            + "file of each series), one breast per row.", PortKind.OPTIONAL_TABLE)),
            List.of(Port.table("Breasts", "One row per breast (row ID = folder name, or the input row's ID): "
                    + "<i>id</i>; <i>image</i> (int16 HU volume); <i>cylinder</i> (bool ring mask, one slice; "
                    + "missing if the series has no ring slice); <i>slices</i> (kept), <i>rows</i>, <i>columns</i>; "
                    + "slice, row and column spacing in mm; PatientID, StudyInstanceUID, SeriesInstanceUID, "
                    + "StudyDate, SeriesDescription; <i>warnings</i> (reader warnings, or FAILED: and the error).")),
            List.of("DICOM", "reader", "breast CT", "Hounsfield"),
            List.of(NodeInfo.PAPER));

    private DicomReaderNodeInfo() {
    }
}
