package org.breastct.knime.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.breastct.io.dicom.DicomSeriesWriter;
import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.knime.data.FileStoreNames;
import org.breastct.knime.data.VolumeCell;
import org.breastct.knime.data.VolumeCellFactory;
import org.breastct.knime.data.Volumes;
import org.breastct.knime.node.Columns;
import org.breastct.knime.runtime.kit.KitTables;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;

/**
 * Small inputs for the node tests, built in the test: a scanner-like DICOM series of a synthetic
 * breast (written by the engine's {@link DicomSeriesWriter#writeImages}, then damaged file by file with
 * PixelMed), and {@code .npy} files of any dtype (header written by hand, as numpy writes it).
 */
final class Fixtures {

    /** Slices of the series: {@value} (the breast fills slices 0..8, 9..11 are air). */
    static final int SLICES = 12;

    /** Rows and columns of the series (C/2 - 30 = 18 pixels survive the cylinder removal). */
    static final int SIZE = 96;

    /** Slices the DICOM Reader keeps with default settings: the non-empty ones minus 3 dummies. */
    static final int KEPT_SLICES = 9 - 3;

    private static final java.util.concurrent.atomic.AtomicLong STORES = new java.util.concurrent.atomic.AtomicLong();

    private Fixtures() {
    }

    /**
     * The synthetic breast in HU: air (-1024) with, on slices 0..8, a disc of fat (-100 HU) whose
     * radius shrinks from 15 to 7 pixels (chest wall at slice 0), a 20 HU core of radius 3.
     */
    static ShortVolume breast(final String id) {
        short[] d = new short[SLICES * SIZE * SIZE];
        java.util.Arrays.fill(d, (short)-1024);
        for (int z = 0; z < 9; z++) {
            int radius = 15 - z;
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    double r = Math.hypot(y - SIZE / 2.0, x - SIZE / 2.0);
                    if (r <= radius) {
                        d[(z * SIZE + y) * SIZE + x] = (short)(r <= 3 ? 20 : -100);
                    }
                }
            }
        }
        return new ShortVolume(id, new Dims(SLICES, SIZE, SIZE), new Spacing(1.0, 0.5, 0.5), d);
    }

    /** The breast as a scanner series in the new folder {@code dir} (its name is the breast id). */
    static Path series(final Path dir) throws IOException {
        DicomSeriesWriter.writeImages(breast(dir.getFileName().toString()), dir,
                DicomWriteOptions.DEFAULTS.withPadOutsideCircle(true), Progress.NONE);
        return dir;
    }

    /** The file of slice {@code z} (0-based) in a series folder written by {@link #series}. */
    static Path slice(final Path dir, final int z) {
        return dir.resolve(DicomSeriesWriter.fileName(z));
    }

    /** Rewrites a DICOM file after {@code change} edited its attributes. */
    static void edit(final Path file, final Consumer<AttributeList> change) throws Exception {
        AttributeList l = new AttributeList();
        l.read(file.toFile());
        change.accept(l);
        l.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    }

    /** Sets {@code tag} to {@code value} (a new attribute of the tag's VR). */
    static void put(final AttributeList l, final AttributeTag tag, final String value) {
        try {
            Attribute a = l.putNewAttribute(tag);
            a.addValue(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes an {@code .npy} file (version 1, C order) with dtype {@code descr} (e.g. {@code <u2},
     * {@code |b1}) and the raw little-endian {@code data}.
     */
    static Path npy(final Path file, final String descr, final int[] shape, final byte[] data) throws IOException {
        StringBuilder dims = new StringBuilder();
        for (int s : shape) {
            dims.append(s).append(", ");
        }
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + dims.toString().trim()
                + "), }";
        int unpadded = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte)0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte)1).put((byte)0);
        b.putShort((short)header.length()).put(header.getBytes(StandardCharsets.US_ASCII)).put(data);
        Files.createDirectories(file.getParent());
        return Files.write(file, b.array());
    }

    /** The values as little-endian 16-bit words. */
    static byte[] words(final short[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short v : values) {
            b.putShort(v);
        }
        return b.array();
    }

    /**
     * Rewrites a slice as a JPEG Lossless file that no codec here decodes: the header (meta group with
     * the JPEG transfer syntax) by PixelMed, then the pixel data element in encapsulated form, appended by
     * hand: undefined length, an empty basic offset table and one fragment holding only a JPEG start and
     * end marker.
     */
    static void encapsulateJpeg(final Path file) throws Exception {
        AttributeList l = new AttributeList();
        l.read(file.toFile());
        l.remove(TagFromName.PixelData);
        l.remove(TagFromName.TransferSyntaxUID);
        FileMetaInformation.addFileMetaInformation(l, TransferSyntax.JPEGLossless, "TEST");
        l.write(file.toFile(), TransferSyntax.JPEGLossless, true, true);
        byte[] jpeg = {(byte)0xFF, (byte)0xD8, (byte)0xFF, (byte)0xD9};
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + 8 + jpeg.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short)0x7FE0).putShort((short)0x0010).put(new byte[]{'O', 'B', 0, 0}).putInt(-1); // PixelData
        b.putShort((short)0xFFFE).putShort((short)0xE000).putInt(0); // basic offset table, empty
        b.putShort((short)0xFFFE).putShort((short)0xE000).putInt(jpeg.length).put(jpeg); // the fragment
        b.putShort((short)0xFFFE).putShort((short)0xE0DD).putInt(0); // sequence delimiter
        Files.write(file, b.array(), StandardOpenOption.APPEND);
    }

    /**
     * The temporary folders of the nodes' local copies ({@code breastct-read-*}, {@code breastct-write-*}
     * in {@code java.io.tmpdir}), sorted.
     */
    static List<String> temporaryCopies() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("breastct-read-") || n.startsWith("breastct-write-")).sorted().toList();
        }
    }

    /**
     * A table of volume cells (stored in {@code exec}'s file stores), one row per id with the volumes
     * under that id: columns {@code image} and {@code labels}, as the Breast Segmenter outputs them.
     */
    static BufferedDataTable volumes(final ExecutionContext exec, final Volume image, final Volume labels,
            final String... ids) throws IOException {
        DataTableSpec spec = new DataTableSpec(Columns.column("image", VolumeCell.TYPE),
                Columns.column("labels", VolumeCell.TYPE));
        DataRow[] rows = new DataRow[ids.length];
        for (int i = 0; i < ids.length; i++) {
            long n = STORES.getAndIncrement(); // file store names are unique per execution context
            DataCell[] cells = {
                VolumeCellFactory.create(exec, FileStoreNames.of(n, "image"),
                        Volumes.withIdAndSpacing(image, ids[i], image.spacing()), Progress.NONE),
                VolumeCellFactory.create(exec, FileStoreNames.of(n, "labels"),
                        Volumes.withIdAndSpacing(labels, ids[i], labels.spacing()), Progress.NONE)};
            rows[i] = new DefaultRow(new RowKey(ids[i]), cells);
        }
        return KitTables.table(exec, spec, rows);
    }

    /** Labels of the fixture breast: 1 (fat) where it is above -500 HU, else 0 (air). */
    static ByteVolume labels(final ShortVolume image) {
        byte[] l = new byte[image.data().length];
        for (int i = 0; i < l.length; i++) {
            l[i] = (byte)(image.data()[i] > -500 ? 1 : 0);
        }
        return new ByteVolume(image.id(), image.dims(), image.spacing(), l);
    }

    /** Every file and folder below {@code dir}, relative, sorted (to see that nothing partial was left). */
    static List<String> tree(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
