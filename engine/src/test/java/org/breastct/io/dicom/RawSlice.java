package org.breastct.io.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Test helper: one DICOM slice with freely chosen stored words and header values, written with
 * PixelMed independently of {@link DicomSeriesWriter} (so reader tests can build any odd input).
 */
final class RawSlice {

    int rows;
    int cols;
    short[] words;
    String seriesUid = "2.25.1";
    Integer instanceNumber;
    double[] position;
    String orientation;
    String pixelSpacing = "0.4\\0.5";
    String sliceThickness;
    int pixelRepresentation = 1;
    int bitsStored = 16;
    String slope = "1";
    String modality = "CT";
    String intercept = "-1024";
    String transferSyntax = TransferSyntax.ExplicitVRLittleEndian;
    String patientId = "P1";

    RawSlice(int rows, int cols, short[] words) {
        this.rows = rows;
        this.cols = cols;
        this.words = words;
    }

    /** A slice whose words are all {@code fill}. */
    static RawSlice filled(int rows, int cols, int fill) {
        short[] w = new short[rows * cols];
        java.util.Arrays.fill(w, (short) fill);
        return new RawSlice(rows, cols, w);
    }

    RawSlice set(int row, int col, int word) {
        words[row * cols + col] = (short) word;
        return this;
    }

    RawSlice instance(Integer n) {
        instanceNumber = n;
        return this;
    }

    RawSlice position(double x, double y, double z) {
        position = new double[] {x, y, z};
        return this;
    }

    void write(Path file) throws IOException, DicomException {
        AttributeList l = new AttributeList();
        put(l, TagFromName.SOPClassUID, SOPClass.CTImageStorage);
        put(l, TagFromName.SOPInstanceUID, DicomSeriesWriter.newUid());
        if (modality != null) {
            put(l, TagFromName.Modality, modality);
        }
        put(l, TagFromName.PatientID, patientId);
        put(l, TagFromName.StudyInstanceUID, "2.25.7");
        put(l, TagFromName.StudyDate, "20200102");
        put(l, TagFromName.SeriesDescription, "raw test slice");
        put(l, TagFromName.SeriesInstanceUID, seriesUid);
        if (instanceNumber != null) {
            put(l, TagFromName.InstanceNumber, instanceNumber.toString());
        }
        if (position != null) {
            put(l, TagFromName.ImagePositionPatient, Double.toString(position[0]), Double.toString(position[1]),
                    Double.toString(position[2]));
        }
        if (orientation != null) {
            put(l, TagFromName.ImageOrientationPatient, orientation.split("\\\\"));
        }
        if (pixelSpacing != null) {
            put(l, TagFromName.PixelSpacing, pixelSpacing.split("\\\\"));
        }
        if (sliceThickness != null) {
            put(l, TagFromName.SliceThickness, sliceThickness);
        }
        putUs(l, TagFromName.Rows, rows);
        putUs(l, TagFromName.Columns, cols);
        putUs(l, TagFromName.SamplesPerPixel, 1);
        put(l, TagFromName.PhotometricInterpretation, "MONOCHROME2");
        putUs(l, TagFromName.BitsAllocated, 16);
        putUs(l, TagFromName.BitsStored, bitsStored);
        putUs(l, TagFromName.HighBit, bitsStored - 1);
        putUs(l, TagFromName.PixelRepresentation, pixelRepresentation);
        if (intercept != null) {
            put(l, TagFromName.RescaleIntercept, intercept);
        }
        if (slope != null) {
            put(l, TagFromName.RescaleSlope, slope);
        }
        OtherWordAttribute px = new OtherWordAttribute(TagFromName.PixelData);
        px.setValues(words);
        l.put(px);
        FileMetaInformation.addFileMetaInformation(l, transferSyntax, "TEST");
        l.write(file.toFile(), transferSyntax, true, true);
    }

    private static void put(AttributeList l, AttributeTag tag, String... values) throws DicomException {
        Attribute a = l.putNewAttribute(tag);
        for (String v : values) {
            a.addValue(v);
        }
    }

    private static void putUs(AttributeList l, AttributeTag tag, int v) throws DicomException {
        l.putNewAttribute(tag).addValue(v);
    }
}
