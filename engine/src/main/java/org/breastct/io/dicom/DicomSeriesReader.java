package org.breastct.io.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomFileUtilities;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.breastct.preprocessing.PreprocessedVolume;
import org.breastct.preprocessing.Preprocessing;
import org.breastct.preprocessing.PreprocessingException;
import org.breastct.preprocessing.Rescale;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * Reads one breast's CT series (one folder, one file per slice): {@link #readSlices} parses the
 * files into stored values in slice order, {@link #read} then applies the method's section 1
 * ({@link Preprocessing}: padding, rescale, cylinder ring and removal, trimming) to give the int16
 * HU volume, exactly as docs/method.md section 1 describes, with the cylinder-ring defect fixed.
 *
 * <h2>Input</h2>
 * The regular files directly in the folder (not recursive; see {@link DicomDiscovery} for nested
 * layouts). Files that are not DICOM (PixelMed's {@link DicomFileUtilities#isDicomOrAcrNemaFile}
 * test) and DICOM objects that are not images (e.g. DICOMDIR) are skipped with a warning.
 * Errors ({@link DicomSeriesException}, message naming the folder or the file(s)): no image file
 * at all; an empty (0-byte) file or an image object without pixel data (a hole in the series); a
 * Modality other than CT unless {@link DicomReadOptions#anyModality()}; a CT slice without
 * RescaleSlope or RescaleIntercept; two SeriesInstanceUIDs; slices of different Rows/Columns; a
 * file that cannot be parsed or is shorter than its pixel data; BitsAllocated != 16; more than one
 * sample or frame; compressed pixel data PixelMed cannot decode (the message names the transfer
 * syntax and the dcmtk command that decompresses it); slices that cannot be ordered; a missing
 * slice (a gap in the positions, or in the InstanceNumbers when there are no positions).
 *
 * <h2>Order</h2>
 * InstanceNumber ascending (docs/method.md 1.1), checked against ImagePositionPatient projected on
 * the slice normal (row cosines x column cosines of ImageOrientationPatient, default axial
 * 1\0\0\0\1\0) when every slice has a position and they are distinct:
 * <ul>
 * <li>positions monotone in InstanceNumber order (ascending or descending): InstanceNumber order;
 * <li>otherwise (InstanceNumbers permuted against the positions) the slices are ordered by
 * position, in the direction most InstanceNumber steps agree with, and a warning gives the number
 * of slices that moved and the first of them with its InstanceNumber and position;
 * <li>InstanceNumber missing or duplicated: position order ascending, with a warning;
 * <li>positions inconsistent (two slices at the same place, ImageOrientationPatient differing
 * between slices): an error.
 * </ul>
 * A slice distance above 1.5 times the median distance is a missing slice (an error); without
 * positions, a jump in the InstanceNumbers is.
 *
 * <h2>Stored values</h2>
 * Pixel data are read slice by slice straight into one {@code short[]} of the whole volume (raw
 * little/big-endian words read at the offset PixelMed reported; PixelMed's decoder for compressed
 * transfer syntaxes). Per word w of the slice's own PixelRepresentation and BitsStored
 * (PixelRepresentation 1: sign-extended from bit BitsStored-1; 0: low BitsStored bits, then
 * converted to int16 with wrap-around as numpy's {@code astype(np.int16)} does, with a warning).
 * Slope and intercept are those of the FIRST slice after sorting.
 *
 * <h2>Spacing</h2>
 * z = distance between the first two sorted slice positions along the normal (warning if the
 * distances vary by more than 1 %), else SliceThickness, else 1 mm (warnings for both fallbacks);
 * y, x = PixelSpacing (row spacing, column spacing), else 1 mm with a warning.
 *
 * <h2>Cost</h2>
 * Time O(voxels) plus one header parse per file. Heap: the whole volume once, plus the trimmed
 * copy while trimming (at most twice the volume), plus one slice of raw bytes.
 */
public final class DicomSeriesReader {

    /** HU threshold of "contains breast" used by trimming and the ring mask (docs/method.md 1.4, 1.5). */
    public static final int NON_EMPTY_HU = Preprocessing.NON_EMPTY_HU;

    /** Stored value of padding pixels outside the reconstruction circle (docs/method.md 1.2). */
    public static final int PADDING_STORED_VALUE = Preprocessing.PADDING_STORED_VALUE;

    /** HU of air: what the cylinder removal writes (docs/method.md 1.3). */
    public static final short AIR_HU = Preprocessing.AIR_HU;

    /** A slice distance this many times the median distance means a missing slice. */
    static final double GAP_FACTOR = 1.5;

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0};

    private DicomSeriesReader() {
    }

    /** Reads a series folder with {@link DicomReadOptions#DEFAULTS}. */
    public static DicomSeries read(Path seriesFolder, Progress progress) throws IOException {
        return read(seriesFolder, DicomReadOptions.DEFAULTS, progress);
    }

    /**
     * Reads the series in {@code seriesFolder} (one breast; its name becomes the volume id) and
     * applies the method's section 1 ({@link Preprocessing}) with {@code options.preprocessing()}.
     *
     * @throws DicomSeriesException for every bad input listed in the class comment, and when
     *     trimming fails (message of {@link Preprocessing#apply})
     * @throws IOException if the folder cannot be listed or a file cannot be read
     * @throws org.breastct.progress.CancelledException if {@code progress} asks to stop
     */
    public static DicomSeries read(Path seriesFolder, DicomReadOptions options, Progress progress) throws IOException {
        DicomSlices slices = readSlices(seriesFolder, options, progress.sub(0, 0.9));
        PreprocessedVolume p;
        try {
            p = Preprocessing.apply(slices.stored(), slices.rescale(), options.preprocessing(),
                    z -> slices.files().get(z).getFileName().toString(), "the series in " + seriesFolder,
                    progress.sub(0.9, 1));
        } catch (PreprocessingException e) {
            throw new DicomSeriesException(e.getMessage(), e);
        }
        List<String> warnings = new ArrayList<>(slices.warnings());
        warnings.addAll(p.warnings());
        DicomSeriesInfo i = slices.info();
        DicomSeriesInfo info = new DicomSeriesInfo(i.folderName(), i.patientId(), i.studyInstanceUid(),
                i.seriesInstanceUid(), i.studyDate(), i.seriesDescription(), i.rows(), i.columns(), i.slicesRead(),
                p.volume().dims().nz(), p.firstKeptSlice());
        progress.report(1, "read " + i.folderName());
        return new DicomSeries(p.volume(), p.cylinderRing(), info, warnings);
    }

    /**
     * Reads the series in {@code seriesFolder} into stored values in slice order, with the rescale
     * of the first slice (see the class comment for the checks and the order).
     *
     * @throws DicomSeriesException for every bad input listed in the class comment
     * @throws IOException if the folder cannot be listed or a file cannot be read
     */
    public static DicomSlices readSlices(Path seriesFolder, DicomReadOptions options, Progress progress)
            throws IOException {
        if (!Files.isDirectory(seriesFolder)) {
            throw new DicomSeriesException("DICOM series folder " + seriesFolder + " does not exist or is not a folder");
        }
        String id = folderName(seriesFolder);
        List<String> warnings = new ArrayList<>();
        Progress headerProgress = progress.sub(0, 0.2);
        Progress pixelProgress = progress.sub(0.2, 1);

        // ---- pass 1: headers
        List<Path> files = regularFiles(seriesFolder);
        List<SliceHeader> slices = new ArrayList<>(files.size());
        for (int f = 0; f < files.size(); f++) {
            progress.checkCancelled();
            Path file = files.get(f);
            SliceHeader h = readHeader(file, options, warnings);
            if (h != null) {
                slices.add(h);
            }
            headerProgress.report((f + 1.0) / files.size(), "reading DICOM headers");
        }
        if (slices.isEmpty()) {
            throw new DicomSeriesException("no DICOM image file in folder " + seriesFolder
                    + (files.isEmpty() ? " (the folder is empty)" : " (" + files.size() + " files, none a DICOM image)"));
        }
        checkOneSeries(seriesFolder, slices);
        checkSameSize(seriesFolder, slices);
        double[] normal = sliceNormal(slices.get(0));
        sortSlices(seriesFolder, slices, normal, warnings);

        SliceHeader first = slices.get(0);
        int n = slices.size();
        int rows = first.rows;
        int cols = first.cols;
        if ((long) n * rows * cols > Dims.MAX_VOXELS) {
            throw new DicomSeriesException("series in " + seriesFolder + " has " + n + " slices of " + rows + " x " + cols
                    + " pixels, more than the " + Dims.MAX_VOXELS + " voxels a volume can hold");
        }
        Spacing spacing = spacing(slices, normal, warnings);
        if (first.rescaleMissing != null) {
            warnings.add(first.rescaleMissing);
        }

        // ---- pass 2: pixels
        int sliceSize = rows * cols;
        short[] data = new short[n * sliceSize];
        long wrapped = 0;
        ByteBuffer buf = ByteBuffer.allocate(sliceSize * 2);
        for (int z = 0; z < n; z++) {
            progress.checkCancelled();
            SliceHeader h = slices.get(z);
            int off = z * sliceSize;
            readPixels(h, buf, data, off, sliceSize);
            wrapped += toStored(data, off, sliceSize, h.pixelRepresentation, h.bitsStored);
            pixelProgress.report((z + 1.0) / n, "reading slice " + (z + 1) + " of " + n);
        }
        if (wrapped > 0) {
            warnings.add(wrapped + " unsigned stored values above 32767 in " + seriesFolder
                    + " were wrapped to int16 (as numpy astype(int16) does)");
        }
        ShortVolume stored = new ShortVolume(id, new Dims(n, rows, cols), spacing, data);
        List<Path> sliceFiles = new ArrayList<>(n);
        for (SliceHeader h : slices) {
            sliceFiles.add(h.file);
        }
        DicomSeriesInfo info = new DicomSeriesInfo(id, first.patientId, first.studyUid, first.seriesUid, first.studyDate,
                first.seriesDescription, rows, cols, n, n, 0);
        return new DicomSlices(stored, new Rescale(first.slope, first.intercept), sliceFiles, info, warnings);
    }

    /**
     * The breast folders of {@code root}: its subfolders (hidden ones excluded), sorted by name.
     * Each is expected to hold one series; whether it does is checked when it is read.
     */
    public static List<Path> listBreastFolders(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new DicomSeriesException("folder of breasts " + root + " does not exist or is not a folder");
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> !folderName(p).startsWith("."))
                    .sorted(Comparator.comparing(DicomSeriesReader::folderName))
                    .toList();
        }
    }

    /**
     * True if {@code folder} directly contains at least one DICOM file other than a DICOMDIR (it is
     * itself a series folder).
     */
    public static boolean isSeriesFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        for (Path f : regularFiles(folder)) {
            if (!DicomDiscovery.isDicomDir(f) && isDicomFile(f)) {
                return true;
            }
        }
        return false;
    }

    /** PixelMed's DICOM / ACR-NEMA sniffing test on a readable regular file. */
    public static boolean isDicomFile(Path file) {
        return Files.isRegularFile(file) && Files.isReadable(file)
                && DicomFileUtilities.isDicomOrAcrNemaFile(file.toFile());
    }

    // ------------------------------------------------------------------ pass 1

    /** What pass 2 and the checks need from one file's header. */
    private static final class SliceHeader {
        Path file;
        String seriesUid;
        String patientId;
        String studyUid;
        String studyDate;
        String seriesDescription;
        int rows;
        int cols;
        int bitsStored;
        int pixelRepresentation;
        double slope;
        double intercept;
        Long instanceNumber;
        double[] position;
        double[] orientation;
        double[] pixelSpacing;
        double sliceThickness;
        long pixelDataOffset;
        ByteOrder byteOrder;
        /** Non-null for a compressed transfer syntax: pixels are decoded by PixelMed in pass 2. */
        TransferSyntax compressed;
        /** Warning for a non-CT slice read with default rescale, or null. */
        String rescaleMissing;
        double sortKey;

        String name() {
            return file.getFileName().toString();
        }
    }

    static List<Path> regularFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    /** Header of one file, or null (with a warning) if the file is to be skipped. */
    private static SliceHeader readHeader(Path file, DicomReadOptions options, List<String> warnings)
            throws IOException {
        if (!Files.isReadable(file)) {
            throw new DicomSeriesException("cannot read file " + file + ": permission denied");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new DicomSeriesException("file " + file + " is empty (0 bytes): a slice of the series is missing"
                    + " (copy the series again)");
        }
        int marker = dicmMarker(file, size);
        if (marker == DICM_WITHOUT_META) {
            // checked before PixelMed parses it: on such a file it prints a line per misread element
            throw new DicomSeriesException("cannot parse DICOM file " + file + ": it has the DICM marker but no file"
                    + " meta information group (group 0002) after it");
        }
        if (!DicomFileUtilities.isDicomOrAcrNemaFile(file.toFile())) {
            warnings.add("skipped " + file + ": not a DICOM file");
            return null;
        }
        AttributeList list = new AttributeList();
        long[] pixelTagEnd = {-1};
        long stop;
        TransferSyntax ts;
        try (DicomInputStream in = new DicomInputStream(file.toFile())) {
            stop = list.read(in, (l, tag, offset) -> {
                if (l == list && tag.equals(TagFromName.PixelData)) {
                    pixelTagEnd[0] = offset;
                    return true;
                }
                return false;
            });
            ts = in.getTransferSyntaxToReadDataSet();
        } catch (DicomException | IOException | RuntimeException e) {
            throw new DicomSeriesException("cannot parse DICOM file " + file + ": " + e.getMessage(), e);
        }
        if (pixelTagEnd[0] < 0) {
            if (stop < size) {
                // PixelMed logs and swallows some parse errors; a read that ends early is one
                throw new DicomSeriesException("cannot parse DICOM file " + file + ": header truncated or corrupt"
                        + " (parsing stopped at byte " + stop + " of " + size + ")");
            }
            String sopClass = str(list, TagFromName.SOPClassUID);
            if (sopClass.isEmpty() && str(list, TagFromName.MediaStorageSOPClassUID).isEmpty()) {
                throw new DicomSeriesException("cannot parse DICOM file " + file + ": neither a SOPClassUID nor a file"
                        + " meta information group (a DICM file without meta group, or not DICOM at all)");
            }
            if (SOPClass.isImageStorage(sopClass) || list.get(TagFromName.Rows) != null) {
                throw new DicomSeriesException("DICOM file " + file + " is an image (SOPClassUID " + sopClass
                        + ") without pixel data: a slice of the series is missing its pixels");
            }
            warnings.add("skipped " + file + ": DICOM object without pixel data (SOPClassUID " + sopClass + ")");
            return null;
        }
        if (ts == null) {
            throw new DicomSeriesException("cannot parse DICOM file " + file + ": unknown transfer syntax");
        }
        SliceHeader h = new SliceHeader();
        if (ts.isEncapsulated() || ts.isDeflated() || ts.isBzip2ed()) {
            h.compressed = ts;
        }
        String modality = modality(list);
        if (!modality.equals("CT") && !options.anyModality()) {
            throw new DicomSeriesException("DICOM file " + file + " has Modality '" + modality + "'"
                    + (modality.isEmpty() ? " (none, and SOPClassUID " + str(list, TagFromName.SOPClassUID)
                            + " is not a CT image)" : "")
                    + ": the method needs CT in Hounsfield units (to read it anyway: --any-modality; KNIME DICOM"
                    + " Reader: 'Accept any modality'; engine: DicomReadOptions.withAnyModality)");
        }
        h.file = file;
        h.seriesUid = str(list, TagFromName.SeriesInstanceUID);
        h.patientId = str(list, TagFromName.PatientID);
        h.studyUid = str(list, TagFromName.StudyInstanceUID);
        h.studyDate = str(list, TagFromName.StudyDate);
        h.seriesDescription = str(list, TagFromName.SeriesDescription);
        h.rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, -1);
        h.cols = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, -1);
        if (h.rows <= 0 || h.cols <= 0) {
            throw new DicomSeriesException("DICOM file " + file + " has no valid Rows/Columns (" + h.rows + " x "
                    + h.cols + ")");
        }
        int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, -1);
        if (bitsAllocated != 16) {
            throw new DicomSeriesException("DICOM file " + file + " has BitsAllocated " + bitsAllocated
                    + "; only 16-bit CT images are supported");
        }
        int samples = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1);
        int frames = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1);
        if (samples != 1 || frames > 1) {
            throw new DicomSeriesException("DICOM file " + file + " has " + samples + " samples per pixel and "
                    + frames + " frames; only single-frame greyscale slices are supported");
        }
        h.bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, 16);
        if (h.bitsStored < 1 || h.bitsStored > 16) {
            throw new DicomSeriesException("DICOM file " + file + " has BitsStored " + h.bitsStored);
        }
        h.pixelRepresentation = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0);
        h.slope = number(list, TagFromName.RescaleSlope, Double.NaN, file);
        h.intercept = number(list, TagFromName.RescaleIntercept, Double.NaN, file);
        if (Double.isNaN(h.slope) || Double.isNaN(h.intercept)) {
            String missing = Double.isNaN(h.slope) && Double.isNaN(h.intercept) ? "RescaleSlope and RescaleIntercept"
                    : Double.isNaN(h.slope) ? "RescaleSlope" : "RescaleIntercept";
            if (modality.equals("CT") && !options.anyModality()) {
                throw new DicomSeriesException("CT file " + file + " has no " + missing + " (0028,1053 / 0028,1052):"
                        + " its stored values cannot be converted to HU");
            }
            h.rescaleMissing = "no " + missing + " in " + file + " (Modality '" + modality + "'); taking slope 1,"
                    + " intercept 0: the stored values are used as HU";
            h.slope = Double.isNaN(h.slope) ? 1 : h.slope;
            h.intercept = Double.isNaN(h.intercept) ? 0 : h.intercept;
        }
        h.instanceNumber = integer(list, TagFromName.InstanceNumber);
        h.position = doubles(list, TagFromName.ImagePositionPatient, 3, file);
        h.orientation = doubles(list, TagFromName.ImageOrientationPatient, 6, file);
        h.pixelSpacing = doubles(list, TagFromName.PixelSpacing, 2, file);
        h.sliceThickness = number(list, TagFromName.SliceThickness, 0, file);
        h.byteOrder = ts.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;

        if (h.compressed != null) {
            return h;
        }
        // PixelData element header: the tag is read, then (explicit VR) VR + 2 reserved + 4-byte length,
        // or (implicit VR) a 4-byte length
        long lengthAt = pixelTagEnd[0];
        long valueLength;
        long dataStart;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer eh = ByteBuffer.allocate(8).order(h.byteOrder);
            readFully(ch, eh, lengthAt, file);
            eh.flip();
            if (ts.isExplicitVR()) {
                String vr = new String(new byte[] {eh.get(0), eh.get(1)}, java.nio.charset.StandardCharsets.US_ASCII);
                if (!vr.equals("OW") && !vr.equals("OB") && !vr.equals("UN")) {
                    throw new DicomSeriesException("DICOM file " + file + ": PixelData has VR " + vr
                            + " (expected OW or OB)");
                }
                valueLength = eh.getInt(4) & 0xFFFFFFFFL;
                dataStart = lengthAt + 8;
            } else {
                valueLength = eh.getInt(0) & 0xFFFFFFFFL;
                dataStart = lengthAt + 4;
            }
        }
        long needed = 2L * h.rows * h.cols;
        if (valueLength == 0xFFFFFFFFL) {
            throw new DicomSeriesException("DICOM file " + file + " has encapsulated (compressed) pixel data;"
                    + " only uncompressed pixel data is supported");
        }
        if (valueLength < needed) {
            throw new DicomSeriesException("DICOM file " + file + ": PixelData holds " + valueLength
                    + " bytes, a " + h.rows + " x " + h.cols + " 16-bit slice needs " + needed);
        }
        if (size < dataStart + needed) {
            throw new DicomSeriesException("DICOM file " + file + " is truncated: " + size + " bytes, its pixel data"
                    + " needs " + (dataStart + needed));
        }
        h.pixelDataOffset = dataStart;
        return h;
    }

    private static void checkOneSeries(Path folder, List<SliceHeader> slices) throws DicomSeriesException {
        Map<String, List<Path>> bySeries = new LinkedHashMap<>();
        for (SliceHeader h : slices) {
            bySeries.computeIfAbsent(h.seriesUid, k -> new ArrayList<>()).add(h.file.getFileName());
        }
        if (bySeries.size() > 1) {
            StringBuilder sb = new StringBuilder("folder " + folder + " holds " + bySeries.size()
                    + " series (one folder must hold one breast's series):");
            for (Map.Entry<String, List<Path>> e : bySeries.entrySet()) {
                sb.append(" SeriesInstanceUID '").append(e.getKey()).append("' in ").append(e.getValue().size())
                        .append(" files ").append(firstNames(e.getValue())).append(';');
            }
            throw new DicomSeriesException(sb.substring(0, sb.length() - 1));
        }
    }

    private static void checkSameSize(Path folder, List<SliceHeader> slices) throws DicomSeriesException {
        SliceHeader first = slices.get(0);
        for (SliceHeader h : slices) {
            if (h.rows != first.rows || h.cols != first.cols) {
                throw new DicomSeriesException("slices of different sizes in " + folder + ": " + first.file.getFileName()
                        + " is " + first.rows + " x " + first.cols + " (rows x columns), " + h.file.getFileName()
                        + " is " + h.rows + " x " + h.cols);
            }
        }
    }

    private static double[] sliceNormal(SliceHeader h) {
        double[] o = h.orientation != null ? h.orientation : AXIAL;
        double[] n = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
        double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (!(len > 1e-6)) {
            return new double[] {0, 0, 1};
        }
        return new double[] {n[0] / len, n[1] / len, n[2] / len};
    }

    private static double project(double[] p, double[] normal) {
        return p[0] * normal[0] + p[1] * normal[1] + p[2] * normal[2];
    }

    /** Orders the slices (see the class comment "Order") and checks for missing slices. */
    private static void sortSlices(Path folder, List<SliceHeader> slices, double[] normal, List<String> warnings)
            throws DicomSeriesException {
        String problem = null;
        Map<Long, Path> seen = new HashMap<>();
        for (SliceHeader h : slices) {
            if (h.instanceNumber == null) {
                problem = "InstanceNumber is missing in " + h.name();
                break;
            }
            Path other = seen.putIfAbsent(h.instanceNumber, h.file.getFileName());
            if (other != null) {
                problem = "InstanceNumber " + h.instanceNumber + " is in both " + other + " and " + h.name();
                break;
            }
        }
        boolean allPositions = true;
        for (SliceHeader h : slices) {
            allPositions &= h.position != null;
            if (h.position != null) {
                h.sortKey = project(h.position, normal);
            }
        }
        if (problem != null) {
            for (SliceHeader h : slices) {
                if (h.position == null) {
                    throw new DicomSeriesException("cannot order the slices in " + folder + ": " + problem
                            + ", and ImagePositionPatient is missing in " + h.name());
                }
            }
            slices.sort(Comparator.comparingDouble(h -> h.sortKey));
            checkDistinctPositions(folder, slices, problem + ", and ");
            warnings.add(problem + " (" + folder + "); slices ordered by ImagePositionPatient along the slice normal");
            checkPositionGaps(folder, slices);
            return;
        }
        slices.sort(Comparator.comparingLong(h -> h.instanceNumber));
        if (!allPositions || slices.size() < 2 || samePositionEverywhere(slices)) {
            // nothing to check the InstanceNumbers against: a jump in them is the only sign of a hole
            checkInstanceGaps(folder, slices);
            return;
        }
        checkSameOrientation(folder, slices);
        List<SliceHeader> byPosition = new ArrayList<>(slices);
        byPosition.sort(Comparator.comparingDouble(h -> h.sortKey));
        checkDistinctPositions(folder, byPosition, "");
        int up = 0;
        int down = 0;
        for (int z = 1; z < slices.size(); z++) {
            if (slices.get(z).sortKey > slices.get(z - 1).sortKey) {
                up++;
            } else {
                down++;
            }
        }
        if (up > 0 && down > 0) {
            // InstanceNumbers permuted against the positions: the geometry decides, InstanceNumber the direction
            if (down > up) {
                java.util.Collections.reverse(byPosition);
            }
            int moved = 0;
            int firstMoved = -1;
            for (int z = 0; z < slices.size(); z++) {
                if (slices.get(z) != byPosition.get(z)) {
                    moved++;
                    if (firstMoved < 0) {
                        firstMoved = z;
                    }
                }
            }
            SliceHeader m = slices.get(firstMoved);
            warnings.add(String.format(Locale.ROOT, "InstanceNumber order contradicts ImagePositionPatient in %s:"
                    + " %d of %d slices are elsewhere along the slice normal (first: %s, InstanceNumber %d, at"
                    + " %.3f mm, is slice %d by InstanceNumber but slice %d by position); slices ordered by position,"
                    + " %s InstanceNumber first", folder, moved, slices.size(), m.name(), m.instanceNumber,
                    m.sortKey, firstMoved, byPosition.indexOf(m), down > up ? "highest" : "lowest"));
            slices.clear();
            slices.addAll(byPosition);
        }
        checkPositionGaps(folder, slices);
    }

    private static boolean samePositionEverywhere(List<SliceHeader> slices) {
        double k = slices.get(0).sortKey;
        for (SliceHeader h : slices) {
            if (Math.abs(h.sortKey - k) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    private static void checkSameOrientation(Path folder, List<SliceHeader> slices) throws DicomSeriesException {
        SliceHeader first = slices.get(0);
        double[] o = first.orientation != null ? first.orientation : AXIAL;
        for (SliceHeader h : slices) {
            double[] p = h.orientation != null ? h.orientation : AXIAL;
            for (int i = 0; i < 6; i++) {
                if (Math.abs(p[i] - o[i]) > 1e-4) {
                    throw new DicomSeriesException("ImageOrientationPatient differs between " + first.name() + " and "
                            + h.name() + " in " + folder + ": the slices are not one stack of parallel slices");
                }
            }
        }
    }

    /** {@code sorted} is in position order; two slices at the same place are an error. */
    private static void checkDistinctPositions(Path folder, List<SliceHeader> sorted, String prefix)
            throws DicomSeriesException {
        for (int z = 1; z < sorted.size(); z++) {
            if (Math.abs(sorted.get(z).sortKey - sorted.get(z - 1).sortKey) <= 1e-6) {
                throw new DicomSeriesException("cannot order the slices in " + folder + ": " + prefix
                        + sorted.get(z - 1).name() + " and " + sorted.get(z).name()
                        + " have the same ImagePositionPatient along the slice normal"
                        + (prefix.isEmpty() ? " (a slice twice, or two series in one folder?)" : ""));
            }
        }
    }

    /** A slice distance above {@link #GAP_FACTOR} times the median is a missing slice. */
    private static void checkPositionGaps(Path folder, List<SliceHeader> slices) throws DicomSeriesException {
        int n = slices.size();
        if (n < 3) {
            return;
        }
        double[] d = new double[n - 1];
        for (int z = 1; z < n; z++) {
            d[z - 1] = Math.abs(slices.get(z).sortKey - slices.get(z - 1).sortKey);
        }
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        int gaps = 0;
        int first = -1;
        for (int z = 0; z < d.length; z++) {
            if (d[z] > GAP_FACTOR * median) {
                gaps++;
                if (first < 0) {
                    first = z;
                }
            }
        }
        if (gaps > 0) {
            SliceHeader a = slices.get(first);
            SliceHeader b = slices.get(first + 1);
            throw new DicomSeriesException(String.format(Locale.ROOT, "slice missing in %s: between %s (%s, at %.3f mm)"
                    + " and %s (%s, at %.3f mm) the slices are %.3f mm apart, %.1f times the usual %.3f mm%s;"
                    + " a file of the series is missing, empty or unreadable", folder, a.name(), instance(a), a.sortKey,
                    b.name(), instance(b), b.sortKey, d[first], d[first] / median, median,
                    gaps > 1 ? " (" + gaps + " such gaps)" : ""));
        }
    }

    /** Without usable positions: InstanceNumbers (sorted, unique) that jump by more than 1 mean a hole. */
    private static void checkInstanceGaps(Path folder, List<SliceHeader> slices) throws DicomSeriesException {
        for (int z = 1; z < slices.size(); z++) {
            long a = slices.get(z - 1).instanceNumber;
            long b = slices.get(z).instanceNumber;
            if (b - a > 1) {
                throw new DicomSeriesException("slice missing in " + folder + ": InstanceNumber jumps from " + a + " ("
                        + slices.get(z - 1).name() + ") to " + b + " (" + slices.get(z).name() + ") and there are no"
                        + " slice positions to show the series is complete; a file of the series is missing, empty or"
                        + " unreadable");
            }
        }
    }

    private static String instance(SliceHeader h) {
        return h.instanceNumber == null ? "no InstanceNumber" : "InstanceNumber " + h.instanceNumber;
    }

    private static Spacing spacing(List<SliceHeader> slices, double[] normal, List<String> warnings) {
        SliceHeader first = slices.get(0);
        Path folder = first.file.getParent();
        double dy = 1;
        double dx = 1;
        if (first.pixelSpacing != null && first.pixelSpacing[0] > 0 && first.pixelSpacing[1] > 0
                && Double.isFinite(first.pixelSpacing[0]) && Double.isFinite(first.pixelSpacing[1])) {
            dy = first.pixelSpacing[0];
            dx = first.pixelSpacing[1];
        } else {
            warnings.add("no valid PixelSpacing in " + first.file + "; using 1 mm in-plane spacing");
        }
        double dz = 0;
        boolean allPositions = slices.size() > 1;
        for (SliceHeader h : slices) {
            allPositions &= h.position != null;
        }
        if (allPositions) {
            dz = Math.abs(project(slices.get(1).position, normal) - project(first.position, normal));
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (int z = 1; z < slices.size(); z++) {
                double d = Math.abs(project(slices.get(z).position, normal) - project(slices.get(z - 1).position, normal));
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            if (dz > 1e-6 && max - min > 0.01 * dz) {
                warnings.add(String.format(Locale.ROOT, "slice distances in %s vary from %.4f to %.4f mm; using %.4f mm",
                        folder, min, max, dz));
            }
        }
        if (!(dz > 1e-6)) {
            if (first.sliceThickness > 0 && Double.isFinite(first.sliceThickness)) {
                dz = first.sliceThickness;
                warnings.add("no distinct slice positions in " + folder + "; using SliceThickness " + dz + " mm");
            } else {
                dz = 1;
                warnings.add("no slice positions and no SliceThickness in " + folder + "; using 1 mm slice spacing");
            }
        }
        return new Spacing(dz, dy, dx);
    }

    // ------------------------------------------------------------------ pass 2

    private static void readPixels(SliceHeader h, ByteBuffer buf, short[] dst, int off, int count) throws IOException {
        if (h.compressed != null) {
            decodeCompressed(h, dst, off, count);
            return;
        }
        buf.clear();
        try (FileChannel ch = FileChannel.open(h.file, StandardOpenOption.READ)) {
            readFully(ch, buf, h.pixelDataOffset, h.file);
        }
        buf.flip();
        buf.order(h.byteOrder).asShortBuffer().get(dst, off, count);
    }

    /**
     * Pixels of a slice in a compressed transfer syntax, through PixelMed's decoders (deflate and
     * RLE are built in; JPEG variants need codecs that are not bundled). When PixelMed cannot decode
     * them, the error names the syntax and the dcmtk command that writes an uncompressed copy.
     */
    private static void decodeCompressed(SliceHeader h, short[] dst, int off, int count) throws IOException {
        short[] words = null;
        String cause = null;
        try {
            AttributeList list = new AttributeList();
            list.setDecompressPixelData(true);
            list.read(h.file.toFile());
            Attribute px = list.getPixelData();
            words = px == null ? null : px.getShortValues();
        } catch (DicomException | IOException | RuntimeException e) {
            cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (words == null || words.length < count) {
            TransferSyntax ts = h.compressed;
            throw new DicomSeriesException("DICOM file " + h.file + " uses transfer syntax " + ts.getUID() + " ("
                    + ts.getDescription() + "), which cannot be decoded here" + (cause == null ? "" : " (" + cause + ")")
                    + "; write an uncompressed copy of the series first, e.g. with dcmtk: " + decompressHint(ts));
        }
        System.arraycopy(words, 0, dst, off, count);
    }

    /** The dcmtk command that decompresses files of transfer syntax {@code ts}. */
    static String decompressHint(TransferSyntax ts) {
        String uid = ts.getUID();
        if (uid.equals(TransferSyntax.RLE)) {
            return "dcmdrle IN.dcm OUT.dcm";
        }
        if (uid.startsWith("1.2.840.10008.1.2.4.")) {
            return "dcmdjpeg IN.dcm OUT.dcm (JPEG-LS: dcmdjpls IN.dcm OUT.dcm)";
        }
        return "dcmconv --write-xfer-little IN.dcm OUT.dcm";
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position, Path file) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, pos);
            if (r < 0) {
                throw new DicomSeriesException("DICOM file " + file + " is truncated: end of file at byte " + pos
                        + " while reading pixel data");
            }
            pos += r;
        }
    }

    /**
     * Converts raw words in place to int16 stored values (see the class comment). Returns how many
     * unsigned values above 32767 were wrapped to negative int16.
     */
    static long toStored(short[] d, int off, int count, int pixelRepresentation, int bitsStored) {
        int shift = 32 - bitsStored;
        int mask = bitsStored == 16 ? 0xFFFF : (1 << bitsStored) - 1;
        boolean signed = pixelRepresentation == 1;
        long wrapped = 0;
        int end = off + count;
        for (int i = off; i < end; i++) {
            int w = d[i] & 0xFFFF;
            if (signed) {
                d[i] = (short) ((w << shift) >> shift);
            } else {
                int s = w & mask;
                if (s > Short.MAX_VALUE) {
                    wrapped++;
                }
                d[i] = (short) s;
            }
        }
        return wrapped;
    }

    // ------------------------------------------------------------------ attribute helpers

    static String folderName(Path p) {
        Path name = p.toAbsolutePath().normalize().getFileName();
        return name == null ? p.toString() : name.toString();
    }

    /** Modality (0008,0060); when absent "CT" for the CT image SOP classes, else "". */
    private static String modality(AttributeList list) {
        String m = str(list, TagFromName.Modality).toUpperCase(Locale.ROOT);
        if (!m.isEmpty()) {
            return m;
        }
        String sop = str(list, TagFromName.SOPClassUID);
        return sop.equals(SOPClass.CTImageStorage) || sop.equals(SOPClass.EnhancedCTImageStorage)
                || sop.equals(SOPClass.LegacyConvertedEnhancedCTImageStorage) ? "CT" : "";
    }

    private static final int NO_DICM = 0;
    private static final int DICM_WITH_META = 1;
    private static final int DICM_WITHOUT_META = 2;

    /**
     * Whether the file has "DICM" at byte 128 (the DICOM file preamble marker) and, if so, whether
     * the file meta information group (0002,xxxx, little endian) follows it.
     */
    private static int dicmMarker(Path file, long size) throws IOException {
        if (size < 132) {
            return NO_DICM;
        }
        ByteBuffer b = ByteBuffer.allocate(6);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.read(b, 128);
        }
        if (b.get(0) != 'D' || b.get(1) != 'I' || b.get(2) != 'C' || b.get(3) != 'M') {
            return NO_DICM;
        }
        return b.position() == 6 && b.get(4) == 0x02 && b.get(5) == 0x00 ? DICM_WITH_META : DICM_WITHOUT_META;
    }

    private static String str(AttributeList list, AttributeTag tag) {
        String s = Attribute.getSingleStringValueOrEmptyString(list, tag);
        return s == null ? "" : s.trim();
    }

    private static String firstNames(List<Path> names) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < Math.min(3, names.size()); i++) {
            s.add(names.get(i).toString());
        }
        return "(" + String.join(", ", s) + (names.size() > 3 ? ", ..." : "") + ")";
    }

    private static Long integer(AttributeList list, AttributeTag tag) {
        String s = Attribute.getSingleStringValueOrNull(list, tag);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double number(AttributeList list, AttributeTag tag, double dflt, Path file)
            throws DicomSeriesException {
        String s = Attribute.getSingleStringValueOrNull(list, tag);
        if (s == null || s.isBlank()) {
            return dflt;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new DicomSeriesException("DICOM file " + file + ": " + AttributeList.getDictionary().getNameFromTag(tag)
                    + " '" + s + "' is not a number");
        }
    }

    private static double[] doubles(AttributeList list, AttributeTag tag, int count, Path file)
            throws DicomSeriesException {
        String[] v = Attribute.getStringValues(list, tag);
        if (v == null || v.length == 0) {
            return null;
        }
        if (v.length != count) {
            throw new DicomSeriesException("DICOM file " + file + ": " + AttributeList.getDictionary().getNameFromTag(tag)
                    + " has " + v.length + " values, expected " + count);
        }
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                d[i] = Double.parseDouble(v[i].trim());
            } catch (NumberFormatException e) {
                throw new DicomSeriesException("DICOM file " + file + ": "
                        + AttributeList.getDictionary().getNameFromTag(tag) + " value '" + v[i] + "' is not a number");
            }
        }
        return d;
    }
}
