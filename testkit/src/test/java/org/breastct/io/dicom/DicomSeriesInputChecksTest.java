package org.breastct.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.phantom.ScannerExport;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's defences against series that would otherwise give a silent wrong volume (issue 12):
 * a phantom exported as the scanner would ({@link ScannerExport}), written by
 * {@link DicomSeriesWriter}, then damaged file by file the way real exports are.
 */
class DicomSeriesInputChecksTest {

    private static final PhantomSpec SPEC = PhantomSpec.DEFAULT.withShape(20, 128, 128).withSeed(5);

    @TempDir
    static Path shared;
    static ShortVolume scanner;
    static ShortVolume expected;

    @TempDir
    Path tmp;

    @BeforeAll
    static void phantom() {
        ShortVolume image = PhantomGenerator.generate(SPEC, TaskExecutor.sequential(), Progress.NONE).image();
        scanner = ScannerExport.asScannerSeries(image, 5);
        expected = ScannerExport.expectedImport(image);
    }

    /** The phantom's scanner series in a fresh folder {@code name}: files CT00000000.dcm ... in slice order. */
    private Path series(String name) throws Exception {
        Path dir = tmp.resolve(name);
        DicomSeriesWriter.writeImages(scanner.with(name, scanner.spacing()), dir,
                DicomWriteOptions.DEFAULTS.withPadOutsideCircle(true), Progress.NONE);
        return dir;
    }

    private static Path file(Path dir, int z) {
        return dir.resolve(DicomSeriesWriter.fileName(z));
    }

    /** Rewrites one file after {@code change} edited its attributes. */
    private static void edit(Path file, Consumer<AttributeList> change) throws Exception {
        AttributeList l = new AttributeList();
        l.read(file.toFile());
        change.accept(l);
        l.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    }

    private static void setInstance(Path file, int n) throws Exception {
        edit(file, l -> put(l, TagFromName.InstanceNumber, Integer.toString(n)));
    }

    private static void put(AttributeList l, com.pixelmed.dicom.AttributeTag tag, String value) {
        try {
            Attribute a = l.putNewAttribute(tag);
            a.addValue(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static DicomSeriesException fails(Path dir) {
        return assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, DicomReadOptions.DEFAULTS, Progress.NONE));
    }

    @Test
    void theUndamagedSeriesReadsBackAsTheScriptsWould() throws Exception {
        DicomSeries s = DicomSeriesReader.read(series("ok"), DicomReadOptions.DEFAULTS, Progress.NONE);
        assertArrayEquals(expected.data(), s.volume().data());
        assertEquals(List.of(), s.warnings());
    }

    // ------------------------------------------------------------------ item 1: slice order

    @Test
    void permutedInstanceNumbersAreOverruledByThePositionsWithAWarning() throws Exception {
        Path dir = series("permuted");
        int n = scanner.dims().nz();
        // a fixed permutation of all InstanceNumbers (7 is coprime with n = 23)
        for (int z = 0; z < n; z++) {
            setInstance(file(dir, z), (z * 7) % n + 1);
        }
        DicomSeries s = DicomSeriesReader.read(dir, DicomReadOptions.DEFAULTS, Progress.NONE);
        assertArrayEquals(expected.data(), s.volume().data(), "ordered by position, not by the scrambled numbers");
        assertTrue(s.warnings().size() == 1 && s.warnings().get(0).startsWith(
                "InstanceNumber order contradicts ImagePositionPatient in " + dir + ": "), s.warnings().toString());
    }

    @Test
    void twoSwappedInstanceNumbersAreOverruledToo() throws Exception {
        Path dir = series("swapped");
        setInstance(file(dir, 8), 10);
        setInstance(file(dir, 9), 9);
        DicomSeries s = DicomSeriesReader.read(dir, DicomReadOptions.DEFAULTS, Progress.NONE);
        assertArrayEquals(expected.data(), s.volume().data());
        assertTrue(s.warnings().get(0).contains(": 2 of 23 slices are elsewhere along the slice normal (first: "
                + DicomSeriesWriter.fileName(9) + ", InstanceNumber 9,"), s.warnings().toString());
    }

    @Test
    void reversedInstanceNumbersPutTheChestWallLastAndAreRefused() throws Exception {
        Path dir = series("reversed");
        int n = scanner.dims().nz();
        for (int z = 0; z < n; z++) {
            setInstance(file(dir, z), n - z);
        }
        String m = fails(dir).getMessage();
        assertTrue(m.contains("the series in " + dir + " seem to be in reverse order")
                && m.contains("chest wall"), m);
    }

    // ------------------------------------------------------------------ item 5: holes

    @Test
    void aMissingSliceIsAnErrorNamingItsNeighbours() throws Exception {
        Path dir = series("hole");
        Files.delete(file(dir, 10));
        String m = fails(dir).getMessage();
        assertTrue(m.startsWith("slice missing in " + dir + ": between " + DicomSeriesWriter.fileName(9)
                + " (InstanceNumber 10, at ") && m.contains(DicomSeriesWriter.fileName(11) + " (InstanceNumber 12")
                && m.contains("2.0 times the usual"), m);
    }

    @Test
    void aMissingSliceWithoutPositionsShowsAsAJumpInInstanceNumbers() throws Exception {
        Path dir = series("holeNoPos");
        int n = scanner.dims().nz();
        for (int z = 0; z < n; z++) {
            edit(file(dir, z), l -> l.remove(TagFromName.ImagePositionPatient));
        }
        Files.delete(file(dir, 10));
        String m = fails(dir).getMessage();
        assertTrue(m.contains("InstanceNumber jumps from 10 (" + DicomSeriesWriter.fileName(9) + ") to 12"), m);
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        Path dir = series("zero");
        Files.write(file(dir, 22), new byte[0]);
        String m = fails(dir).getMessage();
        assertTrue(m.contains(file(dir, 22) + " is empty (0 bytes)"), m);
    }

    @Test
    void aSliceWithoutPixelDataIsAnError() throws Exception {
        Path dir = series("nopixels");
        edit(file(dir, 22), l -> l.remove(TagFromName.PixelData));
        String m = fails(dir).getMessage();
        assertTrue(m.contains(file(dir, 22) + " is an image") && m.contains("without pixel data"), m);
    }

    // ------------------------------------------------------------------ items 2 and 9: HU and modality

    @Test
    void ctWithoutRescaleTagsIsAnErrorNamingTheFile() throws Exception {
        Path dir = series("noslope");
        edit(file(dir, 4), l -> l.remove(TagFromName.RescaleSlope));
        String m = fails(dir).getMessage();
        assertTrue(m.equals("CT file " + file(dir, 4) + " has no RescaleSlope (0028,1053 / 0028,1052): its stored"
                + " values cannot be converted to HU"), m);
        Path dir2 = series("nointercept");
        edit(file(dir2, 0), l -> {
            l.remove(TagFromName.RescaleSlope);
            l.remove(TagFromName.RescaleIntercept);
        });
        assertTrue(fails(dir2).getMessage().contains(file(dir2, 0) + " has no RescaleSlope and RescaleIntercept"));
    }

    @Test
    void mrIsRefusedUnlessForced() throws Exception {
        Path dir = series("mr");
        int n = scanner.dims().nz();
        for (int z = 0; z < n; z++) {
            edit(file(dir, z), l -> put(l, TagFromName.Modality, "MR"));
        }
        String m = fails(dir).getMessage();
        assertTrue(m.contains("has Modality 'MR'") && m.contains("--any-modality"), m);
        DicomSeries s = DicomSeriesReader.read(dir, DicomReadOptions.DEFAULTS.withAnyModality(true), Progress.NONE);
        assertArrayEquals(expected.data(), s.volume().data());
    }

    // ------------------------------------------------------------------ item 10: unreadable files

    @Test
    void aDicmFileWithoutMetaGroupIsAnError() throws Exception {
        Path dir = series("nometa");
        byte[] junk = new byte[400];
        junk[128] = 'D';
        junk[129] = 'I';
        junk[130] = 'C';
        junk[131] = 'M';
        Files.write(file(dir, 3), junk);
        String m = fails(dir).getMessage();
        assertEquals("cannot parse DICOM file " + file(dir, 3) + ": it has the DICM marker but no file meta information"
                + " group (group 0002) after it", m);
    }

    @Test
    void deflatedSlicesAreDecoded() throws Exception {
        Path dir = series("deflated");
        for (int z : new int[] {0, 5}) {
            AttributeList l = new AttributeList();
            l.read(file(dir, z).toFile());
            l.remove(TagFromName.TransferSyntaxUID);
            com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(l,
                    TransferSyntax.DeflatedExplicitVRLittleEndian, "TEST");
            l.write(file(dir, z).toFile(), TransferSyntax.DeflatedExplicitVRLittleEndian, true, true);
        }
        DicomSeries s = DicomSeriesReader.read(dir, DicomReadOptions.DEFAULTS, Progress.NONE);
        assertArrayEquals(expected.data(), s.volume().data());
    }

    /**
     * Rewrites slice {@code file} with its pixel data encapsulated in transfer syntax {@code ts}:
     * the data set without PixelData written by PixelMed, then PixelData (OB, undefined length), an
     * empty offset table item, one fragment and the sequence delimiter appended by hand.
     */
    private static void encapsulate(Path file, String ts, byte[] fragment) throws Exception {
        AttributeList l = new AttributeList();
        l.read(file.toFile());
        l.remove(TagFromName.PixelData);
        l.remove(TagFromName.TransferSyntaxUID);
        com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(l, ts, "TEST");
        l.write(file.toFile(), ts, true, true);
        int padded = fragment.length + (fragment.length & 1);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + 8 + 8 + padded + 8)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x7FE0).putShort((short) 0x0010).put(new byte[] {'O', 'B', 0, 0}).putInt(-1);
        b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(0);
        b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(padded).put(fragment);
        if (padded != fragment.length) {
            b.put((byte) 0);
        }
        b.putShort((short) 0xFFFE).putShort((short) 0xE0DD).putInt(0);
        Files.write(file, b.array(), java.nio.file.StandardOpenOption.APPEND);
    }

    /** DICOM RLE of 16-bit words: two segments (high bytes, low bytes), literal runs of at most 128 bytes. */
    private static byte[] rle(short[] words) {
        java.io.ByteArrayOutputStream[] seg = {new java.io.ByteArrayOutputStream(), new java.io.ByteArrayOutputStream()};
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < words.length; i += 128) {
                int n = Math.min(128, words.length - i);
                seg[s].write(n - 1);
                for (int k = 0; k < n; k++) {
                    seg[s].write(s == 0 ? (words[i + k] >> 8) & 0xFF : words[i + k] & 0xFF);
                }
            }
            if (seg[s].size() % 2 == 1) {
                seg[s].write(0); // even segment length; a control byte never follows the last run
            }
        }
        java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        h.putInt(2).putInt(64).putInt(64 + seg[0].size());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(h.array());
        out.writeBytes(seg[0].toByteArray());
        out.writeBytes(seg[1].toByteArray());
        return out.toByteArray();
    }

    @Test
    void rleSlicesAreDecoded() throws Exception {
        Path dir = series("rle");
        int plane = scanner.dims().ny() * scanner.dims().nx();
        for (int z : new int[] {2, 7}) {
            AttributeList l = new AttributeList();
            l.read(file(dir, z).toFile());
            short[] words = l.getPixelData().getShortValues().clone();
            assertEquals(plane, words.length);
            encapsulate(file(dir, z), TransferSyntax.RLE, rle(words));
        }
        DicomSeries s = DicomSeriesReader.read(dir, DicomReadOptions.DEFAULTS, Progress.NONE);
        assertArrayEquals(expected.data(), s.volume().data());
    }

    @Test
    void jpegThatCannotBeDecodedNamesTheSyntaxAndTheFix() throws Exception {
        Path dir = series("jpeg");
        encapsulate(file(dir, 6), TransferSyntax.JPEGLossless, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3,
            (byte) 0xFF, (byte) 0xD9});
        String m = fails(dir).getMessage();
        assertTrue(m.startsWith("DICOM file " + file(dir, 6) + " uses transfer syntax " + TransferSyntax.JPEGLossless)
                && m.contains("which cannot be decoded here") && m.contains("dcmdjpeg IN.dcm OUT.dcm"), m);
    }
}
