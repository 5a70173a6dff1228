package org.breastct.io.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomFileUtilities;
import com.pixelmed.dicom.DicomInputStream;
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
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * Reads one breast's CT series (one folder, one file per slice) into an int16 HU volume, exactly
 * as algorithm.md section 1 ("DICOM to volume") describes, with the cylinder-ring defect fixed.
 *
 * <h2>Input</h2>
 * The regular files directly in the folder (not recursive; subfolders are ignored). Files that are
 * not DICOM (PixelMed's {@link DicomFileUtilities#isDicomOrAcrNemaFile} test) and DICOM objects
 * without PixelData (e.g. DICOMDIR) are skipped with a warning. Errors ({@link DicomSeriesException},
 * message naming the folder or the file(s)): no image file at all, two SeriesInstanceUIDs, slices
 * of different Rows/Columns, a file that cannot be parsed or is shorter than its pixel data,
 * BitsAllocated != 16, more than one sample or frame, compressed (encapsulated or deflated)
 * transfer syntaxes, slices that cannot be ordered.
 *
 * <h2>Steps</h2>
 * <ol>
 * <li>Pass 1, headers only (PixelMed stops at PixelData): validate, sort. Order = InstanceNumber
 * ascending; if it is missing or duplicated in any file, ImagePositionPatient projected on the
 * slice normal (row cosines x column cosines of ImageOrientationPatient of the first file,
 * default axial 1\0\0\0\1\0) ascending, with a warning.
 * <li>Pass 2, pixel data slice by slice straight into one {@code short[]} of the whole volume
 * (raw little/big-endian words read at the offset PixelMed reported; no per-slice objects).
 * Per voxel, with the stored word w of the slice's own PixelRepresentation and BitsStored
 * (PixelRepresentation 1: sign-extended from bit BitsStored-1; 0: low BitsStored bits, then
 * converted to int16 with wrap-around as numpy's {@code astype(np.int16)} does):
 * {@code w == -2000 -> 0}; if RescaleSlope != 1: {@code (short)(int)(slope * w)} (double
 * multiplication, truncation toward zero); then {@code + (short)(int)intercept} with int16
 * wrap-around. Slope and intercept are those of the FIRST slice after sorting (step 1.2).
 * <li>Cylinder ring (before the removal, fixing the scripts' defect): on slice
 * {@code options.dummySlices()} (3 by default), the R x C mask of pixels outside the radius
 * ({@link CylinderGeometry}) whose HU is above -500.
 * <li>Cylinder removal (if {@code options.removeCylinder()}): those outside pixels become -1024.
 * <li>Trimming (if {@code options.trim()}): l = number of slices with any voxel above -500 HU;
 * keep slices {@code [dummySlices, l)} (the scripts' rule, which assumes the non-empty slices are
 * contiguous from 0; if they are not, a warning names the first empty slice below l);
 * {@code l <= dummySlices} is an error naming the folder.
 * </ol>
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

    /** HU threshold of "contains breast" used by trimming and the ring mask (algorithm.md 1.4, 1.5). */
    public static final int NON_EMPTY_HU = -500;

    /** Stored value of padding pixels outside the reconstruction circle (algorithm.md 1.2). */
    public static final int PADDING_STORED_VALUE = -2000;

    /** HU of air: what the cylinder removal writes (algorithm.md 1.3). */
    public static final short AIR_HU = -1024;

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0};

    private DicomSeriesReader() {
    }

    /** Reads a series folder with {@link DicomReadOptions#DEFAULTS}. */
    public static DicomSeries read(Path seriesFolder, Progress progress) throws IOException {
        return read(seriesFolder, DicomReadOptions.DEFAULTS, progress);
    }

    /**
     * Reads the series in {@code seriesFolder} (one breast; its name becomes the volume id).
     *
     * @throws DicomSeriesException for every bad input listed in the class comment
     * @throws IOException if the folder cannot be listed or a file cannot be read
     * @throws org.breastct.progress.CancelledException if {@code progress} asks to stop
     */
    public static DicomSeries read(Path seriesFolder, DicomReadOptions options, Progress progress) throws IOException {
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
            SliceHeader h = readHeader(file, warnings);
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

        // ---- pass 2: pixels
        int sliceSize = rows * cols;
        short[] data = new short[n * sliceSize];
        boolean[] outside = CylinderGeometry.outsideMask(rows, cols, options.cylinderMargin());
        int[] outsideIdx = trueIndices(outside);
        boolean[] nonEmpty = new boolean[n];
        int ringSlice = options.dummySlices();
        boolean[] ring = null;
        if (ringSlice >= n) {
            warnings.add("series in " + seriesFolder + " has only " + n + " slices: no slice " + ringSlice
                    + " to take the cylinder ring from");
        }
        double slope = first.slope;
        short intercept = (short) (int) first.intercept;
        long wrapped = 0;
        ByteBuffer buf = ByteBuffer.allocate(sliceSize * 2);
        for (int z = 0; z < n; z++) {
            progress.checkCancelled();
            SliceHeader h = slices.get(z);
            int off = z * sliceSize;
            readPixels(h, buf, data, off, sliceSize);
            wrapped += toHu(data, off, sliceSize, h.pixelRepresentation, h.bitsStored, slope, intercept);
            if (z == ringSlice) {
                ring = new boolean[sliceSize];
                for (int k : outsideIdx) {
                    ring[k] = data[off + k] > NON_EMPTY_HU;
                }
            }
            if (options.removeCylinder()) {
                for (int k : outsideIdx) {
                    data[off + k] = AIR_HU;
                }
            }
            nonEmpty[z] = anyAbove(data, off, sliceSize, NON_EMPTY_HU);
            pixelProgress.report((z + 1.0) / n, "reading slice " + (z + 1) + " of " + n);
        }
        if (wrapped > 0) {
            warnings.add(wrapped + " unsigned stored values above 32767 in " + seriesFolder
                    + " were wrapped to int16 (as numpy astype(int16) does)");
        }

        // ---- trimming
        int from = 0;
        int to = n;
        if (options.trim()) {
            int l = 0;
            int firstEmpty = -1;
            for (int z = 0; z < n; z++) {
                if (nonEmpty[z]) {
                    l++;
                } else if (firstEmpty < 0) {
                    firstEmpty = z;
                }
            }
            if (l <= options.dummySlices()) {
                throw new DicomSeriesException("cannot trim the series in " + seriesFolder + ": only " + l + " of " + n
                        + " slices contain a voxel above " + NON_EMPTY_HU + " HU, not more than the "
                        + options.dummySlices() + " dummy slices to drop");
            }
            if (firstEmpty >= 0 && firstEmpty < l) {
                warnings.add("slices above " + NON_EMPTY_HU + " HU are not contiguous from slice 0 in " + seriesFolder
                        + ": slice " + firstEmpty + " (" + slices.get(firstEmpty).file.getFileName() + ") is empty but "
                        + l + " slices are non-empty; keeping slices [" + options.dummySlices() + ", " + l
                        + ") as the scripts do");
            }
            from = options.dummySlices();
            to = l;
            if (from != 0 || to != n) {
                data = Arrays.copyOfRange(data, from * sliceSize, to * sliceSize);
            }
        }
        ShortVolume volume = new ShortVolume(id, new Dims(to - from, rows, cols), spacing, data);
        MaskVolume ringVolume = ring == null ? null
                : new MaskVolume(id + "_cylinder", Dims.slice(rows, cols), spacing, ring);
        DicomSeriesInfo info = new DicomSeriesInfo(id, first.patientId, first.studyUid, first.seriesUid, first.studyDate,
                first.seriesDescription, rows, cols, n, to - from, from);
        progress.report(1, "read " + id);
        return new DicomSeries(volume, ringVolume, info, warnings);
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

    /** True if {@code folder} directly contains at least one DICOM file (it is itself a series folder). */
    public static boolean isSeriesFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        for (Path f : regularFiles(folder)) {
            if (isDicomFile(f)) {
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
        double sortKey;
    }

    private static List<Path> regularFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    /** Header of one file, or null (with a warning) if the file is to be skipped. */
    private static SliceHeader readHeader(Path file, List<String> warnings) throws IOException {
        if (!Files.isReadable(file)) {
            throw new DicomSeriesException("cannot read file " + file + ": permission denied");
        }
        if (!DicomFileUtilities.isDicomOrAcrNemaFile(file.toFile())) {
            warnings.add("skipped " + file + ": not a DICOM file");
            return null;
        }
        long size = Files.size(file);
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
            warnings.add("skipped " + file + ": DICOM object without pixel data (SOPClassUID "
                    + str(list, TagFromName.SOPClassUID) + ")");
            return null;
        }
        if (ts == null) {
            throw new DicomSeriesException("cannot parse DICOM file " + file + ": unknown transfer syntax");
        }
        if (ts.isEncapsulated() || ts.isDeflated() || ts.isBzip2ed()) {
            throw new DicomSeriesException("DICOM file " + file + " uses transfer syntax " + ts.getUID() + " ("
                    + ts.getDescription() + "); only uncompressed (native) pixel data is supported");
        }
        SliceHeader h = new SliceHeader();
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
        h.slope = number(list, TagFromName.RescaleSlope, 1, file);
        h.intercept = number(list, TagFromName.RescaleIntercept, 0, file);
        h.instanceNumber = integer(list, TagFromName.InstanceNumber);
        h.position = doubles(list, TagFromName.ImagePositionPatient, 3, file);
        h.orientation = doubles(list, TagFromName.ImageOrientationPatient, 6, file);
        h.pixelSpacing = doubles(list, TagFromName.PixelSpacing, 2, file);
        h.sliceThickness = number(list, TagFromName.SliceThickness, 0, file);
        h.byteOrder = ts.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;

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

    private static void sortSlices(Path folder, List<SliceHeader> slices, double[] normal, List<String> warnings)
            throws DicomSeriesException {
        String problem = null;
        Map<Long, Path> seen = new HashMap<>();
        for (SliceHeader h : slices) {
            if (h.instanceNumber == null) {
                problem = "InstanceNumber is missing in " + h.file.getFileName();
                break;
            }
            Path other = seen.putIfAbsent(h.instanceNumber, h.file.getFileName());
            if (other != null) {
                problem = "InstanceNumber " + h.instanceNumber + " is in both " + other + " and " + h.file.getFileName();
                break;
            }
        }
        if (problem == null) {
            slices.sort(Comparator.comparingLong(h -> h.instanceNumber));
            return;
        }
        for (SliceHeader h : slices) {
            if (h.position == null) {
                throw new DicomSeriesException("cannot order the slices in " + folder + ": " + problem
                        + ", and ImagePositionPatient is missing in " + h.file.getFileName());
            }
            h.sortKey = project(h.position, normal);
        }
        slices.sort(Comparator.comparingDouble(h -> h.sortKey));
        for (int z = 1; z < slices.size(); z++) {
            if (slices.get(z).sortKey == slices.get(z - 1).sortKey) {
                throw new DicomSeriesException("cannot order the slices in " + folder + ": " + problem + ", and "
                        + slices.get(z - 1).file.getFileName() + " and " + slices.get(z).file.getFileName()
                        + " have the same ImagePositionPatient along the slice normal");
            }
        }
        warnings.add(problem + " (" + folder + "); slices ordered by ImagePositionPatient along the slice normal");
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
        buf.clear();
        try (FileChannel ch = FileChannel.open(h.file, StandardOpenOption.READ)) {
            readFully(ch, buf, h.pixelDataOffset, h.file);
        }
        buf.flip();
        buf.order(h.byteOrder).asShortBuffer().get(dst, off, count);
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
     * Converts stored words in place to HU (see class comment). Returns how many unsigned values
     * above 32767 were wrapped to negative int16.
     */
    static long toHu(short[] d, int off, int count, int pixelRepresentation, int bitsStored, double slope,
            short intercept) {
        int shift = 32 - bitsStored;
        int mask = bitsStored == 16 ? 0xFFFF : (1 << bitsStored) - 1;
        boolean signed = pixelRepresentation == 1;
        boolean scale = slope != 1;
        long wrapped = 0;
        int end = off + count;
        for (int i = off; i < end; i++) {
            int w = d[i] & 0xFFFF;
            int s;
            if (signed) {
                s = (w << shift) >> shift;
            } else {
                s = w & mask;
                if (s > Short.MAX_VALUE) {
                    wrapped++;
                }
                s = (short) s;
            }
            if (s == PADDING_STORED_VALUE) {
                s = 0;
            }
            if (scale) {
                s = (short) (int) (slope * s);
            }
            d[i] = (short) (s + intercept);
        }
        return wrapped;
    }

    private static boolean anyAbove(short[] d, int off, int count, int threshold) {
        int end = off + count;
        for (int i = off; i < end; i++) {
            if (d[i] > threshold) {
                return true;
            }
        }
        return false;
    }

    private static int[] trueIndices(boolean[] m) {
        int c = 0;
        for (boolean b : m) {
            if (b) {
                c++;
            }
        }
        int[] idx = new int[c];
        c = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i]) {
                idx[c++] = i;
            }
        }
        return idx;
    }

    // ------------------------------------------------------------------ attribute helpers

    static String folderName(Path p) {
        Path name = p.toAbsolutePath().normalize().getFileName();
        return name == null ? p.toString() : name.toString();
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
