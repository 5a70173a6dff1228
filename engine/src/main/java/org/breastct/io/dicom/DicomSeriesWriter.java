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
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.breastct.io.FileTrees;
import org.breastct.preprocessing.CylinderGeometry;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;

/**
 * Writes volumes as valid single-frame CT Image Storage series, one file per slice (docs/method.md
 * section 4, with the scripts' header defects fixed).
 *
 * <h2>Files and headers</h2>
 * Slice z (0-based) goes to {@code CT%08d.dcm} with the slice index z (the scripts' naming:
 * {@code CT00000000.dcm} is slice 0, the chest wall), explicit VR little endian with file meta
 * information. Every series gets a new SeriesInstanceUID and FrameOfReferenceUID, every file a new
 * SOPInstanceUID ({@code 2.25.<random UUID as decimal>}); InstanceNumber z+1; ImagePositionPatient
 * {@code 0\0\(z * spacing.z)} and SliceLocation {@code z * spacing.z}; ImageOrientationPatient
 * {@code 1\0\0\0\1\0}; PixelSpacing {@code spacing.y\spacing.x}; SliceThickness spacing.z;
 * Rows/Columns from the volume; Modality CT; ImageType DERIVED\SECONDARY\AXIAL; MONOCHROME2, 16
 * bits allocated/stored, high bit 15; SeriesNumber 900 for labels, 1 for images.
 * Patient/study/equipment attributes ({@link #TEMPLATE_TAGS}) come from the template file when one
 * is given (PatientID defaults to the volume id when the template has none); without a template,
 * PatientID and PatientName are the volume id and the study is new.
 *
 * <h2>Pixel encodings</h2>
 * <ul>
 * <li>Labels ({@link #writeLabels}): stored = label + 1024, unsigned (PixelRepresentation 0),
 * RescaleIntercept -1024, RescaleSlope 1, so HU-space values equal the label codes (the format
 * the AB-CT Monte-Carlo dose simulation reads). With a cylinder ring, ring pixels whose label is 0
 * get the cylinder value (9 by default) on every slice.
 * <li>Images ({@link #writeImages}), as a scanner exports them: stored = HU + 1024, signed int16
 * (PixelRepresentation 1), RescaleIntercept -1024, RescaleSlope 1; optionally the raw padding value
 * -2000 outside the reconstruction circle. {@link DicomSeriesReader} reads it back exactly (padding
 * becomes -1024). HU must be at most 31743 and must not be -3024 (stored -2000 = padding).
 * </ul>
 *
 * <h2>Atomicity</h2>
 * All files are written into a hidden sibling folder {@code .<name>.partial-<uuid>} which is then
 * renamed to the target. On any failure or cancellation the partial folder is deleted and the target
 * is untouched. With {@link DicomWriteOptions.IfExists#OVERWRITE} an existing target is first
 * renamed aside, the new folder renamed in, then the old one deleted (if the second rename fails
 * the old folder is renamed back).
 *
 * <p>Cost: O(voxels), one slice buffer; progress reported and cancellation checked per slice.
 */
public final class DicomSeriesWriter {

    /** Default SeriesDescription of label series. */
    public static final String LABEL_DESCRIPTION = "breast-ct segmentation";

    /**
     * SeriesDescription of a label series made by a named segmentation method, e.g.
     * {@code breast-ct segmentation (robust method)}; {@link #LABEL_DESCRIPTION} when method is null.
     */
    public static String labelDescription(String method) {
        return method == null ? LABEL_DESCRIPTION : LABEL_DESCRIPTION + " (" + method + " method)";
    }

    /** Default SeriesDescription of image series. */
    public static final String IMAGE_DESCRIPTION = "breast-ct image";

    /** Offset between HU and the stored values (stored = value + 1024, RescaleIntercept -1024). */
    public static final int STORED_OFFSET = 1024;

    /** KVP (0018,0060): not in this PixelMed's TagFromName. */
    private static final AttributeTag KVP = new AttributeTag(0x0018, 0x0060);

    /** Patient, study and equipment attributes copied from a template file when present there. */
    static final List<AttributeTag> TEMPLATE_TAGS = List.of(
            TagFromName.SpecificCharacterSet,
            TagFromName.PatientName, TagFromName.PatientID, TagFromName.PatientBirthDate, TagFromName.PatientSex,
            TagFromName.PatientAge, TagFromName.PatientWeight, TagFromName.PatientSize,
            TagFromName.StudyInstanceUID, TagFromName.StudyDate, TagFromName.StudyTime, TagFromName.StudyID,
            TagFromName.AccessionNumber, TagFromName.ReferringPhysicianName, TagFromName.StudyDescription,
            TagFromName.Manufacturer, TagFromName.ManufacturerModelName, TagFromName.InstitutionName,
            TagFromName.StationName, TagFromName.DeviceSerialNumber, TagFromName.SoftwareVersions,
            TagFromName.BodyPartExamined, TagFromName.Laterality, TagFromName.PatientPosition, KVP);

    private static final String FILE_PATTERN = "CT%08d.dcm";
    private static final String SOURCE_AE = "BREASTCT";

    private DicomSeriesWriter() {
    }

    /** File name of slice {@code z} (0-based): {@code CT%08d.dcm}. */
    public static String fileName(int z) {
        return String.format(Locale.ROOT, FILE_PATTERN, z);
    }

    /**
     * Writes a label volume (uint8 codes) as a series in {@code target} (see class comment).
     *
     * @throws DicomSeriesException if the target exists (and options say FAIL), the template cannot
     *     be read or the cylinder ring does not match the slice size
     * @throws org.breastct.progress.CancelledException if cancelled; nothing is left behind
     */
    public static DicomWriteResult writeLabels(ByteVolume labels, Path target, DicomWriteOptions options,
            Progress progress) throws IOException {
        Dims d = labels.dims();
        int sliceSize = d.sliceSize();
        boolean[] ring = null;
        if (options.cylinderRing() != null) {
            MaskVolume r = options.cylinderRing();
            if (r.dims().ny() != d.ny() || r.dims().nx() != d.nx()) {
                throw new DicomSeriesException("cylinder ring " + r.dims() + " does not match the slices of label volume "
                        + labels.id() + " (" + d.ny() + " x " + d.nx() + ")");
            }
            ring = r.data();
        }
        byte[] src = labels.data();
        boolean[] ringF = ring;
        short cylinderStored = (short) (options.cylinderValue() + STORED_OFFSET);
        SliceEncoder enc = (z, out) -> {
            int off = z * sliceSize;
            for (int k = 0; k < sliceSize; k++) {
                int label = src[off + k] & 0xFF;
                out[k] = (short) (label + STORED_OFFSET);
            }
            if (ringF != null) {
                for (int k = 0; k < sliceSize; k++) {
                    if (ringF[k] && src[off + k] == 0) {
                        out[k] = cylinderStored;
                    }
                }
            }
        };
        String description = options.seriesDescription() != null ? options.seriesDescription() : LABEL_DESCRIPTION;
        return write(labels, target, options, description, 0, enc, progress);
    }

    /**
     * Writes an int16 HU volume as a scanner would export it (see class comment).
     *
     * @throws IllegalArgumentException naming the slice if an HU value cannot be encoded
     * @throws DicomSeriesException if the target exists (and options say FAIL) or the template
     *     cannot be read
     */
    public static DicomWriteResult writeImages(ShortVolume image, Path target, DicomWriteOptions options,
            Progress progress) throws IOException {
        Dims d = image.dims();
        int sliceSize = d.sliceSize();
        short[] src = image.data();
        int[] padIdx = null;
        if (options.padOutsideCircle()) {
            boolean[] outside = CylinderGeometry.outsideMask(d.ny(), d.nx(), 0);
            int c = 0;
            for (boolean b : outside) {
                c += b ? 1 : 0;
            }
            padIdx = new int[c];
            c = 0;
            for (int k = 0; k < outside.length; k++) {
                if (outside[k]) {
                    padIdx[c++] = k;
                }
            }
        }
        int[] pad = padIdx;
        int paddingHu = DicomSeriesReader.PADDING_STORED_VALUE - STORED_OFFSET;
        SliceEncoder enc = (z, out) -> {
            int off = z * sliceSize;
            for (int k = 0; k < sliceSize; k++) {
                int hu = src[off + k];
                int stored = hu + STORED_OFFSET;
                if (stored > Short.MAX_VALUE || hu == paddingHu) {
                    throw new IllegalArgumentException("slice " + z + " of " + image.id() + ": HU " + hu + " at row "
                            + (k / d.nx()) + ", column " + (k % d.nx()) + " cannot be stored (stored = HU + 1024 must be a"
                            + " signed 16-bit value other than the padding -2000)");
                }
                out[k] = (short) stored;
            }
            if (pad != null) {
                for (int k : pad) {
                    out[k] = (short) DicomSeriesReader.PADDING_STORED_VALUE;
                }
            }
        };
        String description = options.seriesDescription() != null ? options.seriesDescription() : IMAGE_DESCRIPTION;
        return write(image, target, options, description, 1, enc, progress);
    }

    /** Fills the stored words of slice z. */
    @FunctionalInterface
    private interface SliceEncoder {
        void encode(int z, short[] out);
    }

    private static DicomWriteResult write(Volume volume, Path target, DicomWriteOptions options, String description,
            int pixelRepresentation, SliceEncoder encoder, Progress progress) throws IOException {
        Dims d = volume.dims();
        if (d.nz() == 0 || d.ny() == 0 || d.nx() == 0) {
            throw new IllegalArgumentException("cannot write an empty volume " + volume.id() + " (" + d + ") as DICOM");
        }
        if (d.ny() > 65535 || d.nx() > 65535) {
            throw new IllegalArgumentException("slices of " + d.ny() + " x " + d.nx() + " exceed the DICOM limit of 65535");
        }
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            throw new DicomSeriesException("cannot write a DICOM series to " + target + ": not a folder below a parent");
        }
        checkTarget(abs, options);
        AttributeList template = options.template() == null ? null : readTemplate(options.template());
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + abs.getFileName() + ".partial-" + UUID.randomUUID());
        Files.createDirectory(tmp);
        boolean done = false;
        try {
            DicomWriteResult r = writeFiles(volume, tmp, template, description, pixelRepresentation, encoder, progress);
            progress.checkCancelled();
            moveInto(tmp, abs, options);
            done = true;
            progress.report(1, "wrote " + abs.getFileName());
            return new DicomWriteResult(abs, r.studyInstanceUid(), r.seriesInstanceUid(), r.slices());
        } catch (DicomException e) {
            throw new DicomSeriesException("cannot write DICOM series " + target + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                FileTrees.deleteQuietly(tmp);
            }
        }
    }

    private static void checkTarget(Path target, DicomWriteOptions options) throws DicomSeriesException {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new DicomSeriesException("cannot write DICOM series to " + target + ": it exists and is not a folder");
            }
            if (options.ifExists() == DicomWriteOptions.IfExists.FAIL) {
                throw new DicomSeriesException("target folder " + target + " exists (choose overwrite to replace it)");
            }
        }
    }

    private static void moveInto(Path tmp, Path target, DicomWriteOptions options) throws IOException {
        checkTarget(target, options);
        if (!Files.exists(target)) {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                throw new DicomSeriesException("target folder " + target + " appeared while writing", e);
            }
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        FileTrees.deleteQuietly(old);
    }

    private static DicomWriteResult writeFiles(Volume volume, Path folder, AttributeList template, String description,
            int pixelRepresentation, SliceEncoder encoder, Progress progress) throws IOException, DicomException {
        Dims d = volume.dims();
        Spacing sp = volume.spacing();
        LocalDateTime now = LocalDateTime.now();
        String date = now.format(DateTimeFormatter.BASIC_ISO_DATE);
        String time = now.format(DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT));
        String seriesUid = newUid();

        AttributeList base = new AttributeList();
        // patient / study / equipment: defaults, then the template's values on top
        put(base, TagFromName.PatientName, volume.id());
        put(base, TagFromName.PatientID, volume.id());
        put(base, TagFromName.PatientBirthDate);
        put(base, TagFromName.PatientSex);
        put(base, TagFromName.StudyInstanceUID, newUid());
        put(base, TagFromName.StudyDate, date);
        put(base, TagFromName.StudyTime, time);
        put(base, TagFromName.StudyID, "1");
        put(base, TagFromName.AccessionNumber);
        put(base, TagFromName.ReferringPhysicianName);
        put(base, TagFromName.Manufacturer, "breast-ct-knime");
        put(base, TagFromName.PatientPosition);
        put(base, KVP);
        if (template != null) {
            for (AttributeTag tag : TEMPLATE_TAGS) {
                Attribute a = template.get(tag);
                if (a != null) {
                    base.put(a);
                }
            }
            if (Attribute.getSingleStringValueOrEmptyString(base, TagFromName.PatientID).isBlank()) {
                put(base, TagFromName.PatientID, volume.id());
            }
            if (Attribute.getSingleStringValueOrEmptyString(base, TagFromName.StudyInstanceUID).isBlank()) {
                put(base, TagFromName.StudyInstanceUID, newUid());
            }
        }
        // series / frame of reference / image
        put(base, TagFromName.SOPClassUID, SOPClass.CTImageStorage);
        put(base, TagFromName.Modality, "CT");
        put(base, TagFromName.SeriesInstanceUID, seriesUid);
        put(base, TagFromName.SeriesNumber, pixelRepresentation == 0 ? "900" : "1");
        put(base, TagFromName.SeriesDate, date);
        put(base, TagFromName.SeriesTime, time);
        put(base, TagFromName.SeriesDescription, description);
        put(base, TagFromName.FrameOfReferenceUID, newUid());
        put(base, TagFromName.PositionReferenceIndicator);
        put(base, TagFromName.ImageType, "DERIVED", "SECONDARY", "AXIAL");
        put(base, TagFromName.AcquisitionNumber);
        put(base, TagFromName.ContentDate, date);
        put(base, TagFromName.ContentTime, time);
        put(base, TagFromName.InstanceCreationDate, date);
        put(base, TagFromName.InstanceCreationTime, time);
        put(base, TagFromName.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
        put(base, TagFromName.PixelSpacing, ds(sp.y()), ds(sp.x()));
        put(base, TagFromName.SliceThickness, ds(sp.z()));
        putUs(base, TagFromName.SamplesPerPixel, 1);
        put(base, TagFromName.PhotometricInterpretation, "MONOCHROME2");
        putUs(base, TagFromName.Rows, d.ny());
        putUs(base, TagFromName.Columns, d.nx());
        putUs(base, TagFromName.BitsAllocated, 16);
        putUs(base, TagFromName.BitsStored, 16);
        putUs(base, TagFromName.HighBit, 15);
        putUs(base, TagFromName.PixelRepresentation, pixelRepresentation);
        put(base, TagFromName.RescaleIntercept, Integer.toString(-STORED_OFFSET));
        put(base, TagFromName.RescaleSlope, "1");
        put(base, TagFromName.RescaleType, "HU");
        if (pixelRepresentation == 0) {
            put(base, TagFromName.WindowCenter, "4");
            put(base, TagFromName.WindowWidth, "10");
        } else {
            put(base, TagFromName.WindowCenter, "-400");
            put(base, TagFromName.WindowWidth, "1600");
        }

        short[] pixels = new short[d.sliceSize()];
        for (int z = 0; z < d.nz(); z++) {
            progress.checkCancelled();
            encoder.encode(z, pixels);
            AttributeList list = new AttributeList();
            list.putAll(base);
            String sop = newUid();
            put(list, TagFromName.SOPInstanceUID, sop);
            put(list, TagFromName.InstanceNumber, Integer.toString(z + 1));
            String zpos = ds(z * sp.z());
            put(list, TagFromName.ImagePositionPatient, "0", "0", zpos);
            put(list, TagFromName.SliceLocation, zpos);
            OtherWordAttribute px = new OtherWordAttribute(TagFromName.PixelData);
            px.setValues(pixels);
            list.put(px);
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, SOURCE_AE);
            list.write(folder.resolve(fileName(z)).toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
            progress.report((z + 1.0) / d.nz(), "writing slice " + (z + 1) + " of " + d.nz());
        }
        String study = Attribute.getSingleStringValueOrEmptyString(base, TagFromName.StudyInstanceUID);
        return new DicomWriteResult(folder, study, seriesUid, d.nz());
    }

    private static AttributeList readTemplate(Path template) throws DicomSeriesException {
        if (!Files.isRegularFile(template) || !DicomSeriesReader.isDicomFile(template)) {
            throw new DicomSeriesException("template " + template + " is not a readable DICOM file");
        }
        AttributeList list = new AttributeList();
        try {
            list.read(template.toFile(), TagFromName.PixelData);
        } catch (IOException | DicomException e) {
            throw new DicomSeriesException("cannot read template DICOM file " + template + ": " + e.getMessage(), e);
        }
        return list;
    }

    /** A new UID under the UUID root 2.25 (ISO/IEC 9834-8), at most 44 characters. */
    static String newUid() {
        UUID u = UUID.randomUUID();
        ByteBuffer b = ByteBuffer.allocate(16);
        b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        return "2.25." + new BigInteger(1, b.array());
    }

    /** A decimal string of at most 16 characters (DICOM DS). */
    static String ds(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        for (int digits = 10; digits >= 0; digits--) {
            String s = new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString();
            if (s.length() <= 16) {
                return s;
            }
        }
        throw new IllegalArgumentException("cannot write " + v + " as a DICOM decimal string");
    }

    private static void put(AttributeList list, AttributeTag tag, String... values) throws DicomException {
        Attribute a = list.putNewAttribute(tag);
        for (String v : values) {
            a.addValue(v);
        }
    }

    private static void putUs(AttributeList list, AttributeTag tag, int value) throws DicomException {
        Attribute a = list.putNewAttribute(tag);
        a.addValue(value);
    }
}
