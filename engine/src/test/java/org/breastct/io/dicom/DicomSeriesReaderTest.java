package org.breastct.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.TransferSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomSeriesReaderTest {

    @TempDir
    Path tmp;

    private static final DicomReadOptions MARGIN2 = DicomReadOptions.DEFAULTS.withCylinderMargin(2);
    private static final DicomReadOptions RAW = DicomReadOptions.DEFAULTS.withRemoveCylinder(false).withTrim(false);

    // ------------------------------------------------------------------ the hand-computed 8 x 8 x 10 series

    /**
     * 8 slices of 8 x 10, PixelRepresentation 1, intercept -1024, InstanceNumber 1..8 written under
     * shuffled file names. Slice z (= InstanceNumber - 1), stored words: background 0; (3,4) 1000+z
     * for z < 6; (0,0) -2000 (padding, outside); (7,5) 1124 (outside, HU 100); (3,0) 600 (outside,
     * HU -424); (3,9) 500 (outside, HU -524); (3,2) -2000 (padding, inside); (4,3) -2001 (inside).
     * Positions z = 10 + 0.3 z; PixelSpacing 0.4\0.5. With margin 2 the radius is 3 (see
     * CylinderGeometryTest for the inside/outside picture).
     */
    private Path handSeries() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("breast07"));
        String[] names = {"f07", "f03", "f05", "f00", "f06", "f01", "f04", "f02"};
        for (int z = 0; z < 8; z++) {
            RawSlice s = RawSlice.filled(8, 10, 0).instance(z + 1).position(-1, 2, 10 + 0.3 * z);
            if (z < 6) {
                s.set(3, 4, 1000 + z);
            }
            s.set(0, 0, -2000).set(7, 5, 1124).set(3, 0, 600).set(3, 9, 500).set(3, 2, -2000).set(4, 3, -2001);
            s.write(dir.resolve(names[z]));
        }
        return dir;
    }

    @Test
    void defaultStepsOnHandComputedSeries() throws Exception {
        DicomSeries s = DicomSeriesReader.read(handSeries(), MARGIN2, Progress.NONE);
        ShortVolume v = s.volume();
        // l = 6 (slices 6, 7 are empty once the cylinder is removed), keep [3, 6)
        assertEquals(new Dims(3, 8, 10), v.dims());
        short[] expected = new short[3 * 80];
        Arrays.fill(expected, (short) -1024);
        for (int k = 0; k < 3; k++) {
            expected[k * 80 + 3 * 10 + 4] = (short) (-24 + 3 + k); // 1000 + z - 1024
            expected[k * 80 + 4 * 10 + 3] = -3025;                // -2001 is not padding
        }
        assertArrayEquals(expected, v.data());
        assertEquals("breast07", v.id());
        assertEquals(0.3, v.spacing().z(), 1e-9);
        assertEquals(0.4, v.spacing().y(), 1e-12);
        assertEquals(0.5, v.spacing().x(), 1e-12);
        // ring on slice 3 before removal: outside and HU > -500 -> (3,0) at -424 and (7,5) at 100 only
        boolean[] ring = new boolean[80];
        ring[3 * 10] = true;
        ring[7 * 10 + 5] = true;
        assertEquals(Dims.slice(8, 10), s.cylinderRing().dims());
        assertArrayEquals(ring, s.cylinderRing().data());
        DicomSeriesInfo i = s.info();
        assertEquals(new DicomSeriesInfo("breast07", "P1", "2.25.7", "2.25.1", "20200102", "raw test slice", 8, 10, 8,
                3, 3), i);
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void withoutRemovalAndTrimmingEverySliceIsKept() throws Exception {
        DicomSeries s = DicomSeriesReader.read(handSeries(), RAW.withCylinderMargin(2), Progress.NONE);
        ShortVolume v = s.volume();
        assertEquals(new Dims(8, 8, 10), v.dims());
        for (int z = 0; z < 8; z++) {
            assertEquals(z < 6 ? -24 + z : -1024, v.get(z, 3, 4), "centre of slice " + z);
            assertEquals(-1024, v.get(z, 0, 0), "padding -> 0 -> intercept");
            assertEquals(-1024, v.get(z, 3, 2), "padding inside the circle");
            assertEquals(100, v.get(z, 7, 5));
            assertEquals(-424, v.get(z, 3, 0));
            assertEquals(-524, v.get(z, 3, 9));
            assertEquals(-3025, v.get(z, 4, 3));
            assertEquals(-1024, v.get(z, 5, 5));
        }
        assertTrue(s.cylinderRing().get(0, 3, 0));
        assertTrue(s.cylinderRing().get(0, 7, 5));
        assertEquals(8, s.info().slicesKept());
        assertEquals(0, s.info().firstKeptSlice());
    }

    // ------------------------------------------------------------------ rescale and bit depths

    private ShortVolume oneSlice(RawSlice s) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("one" + System.nanoTime()));
        s.instance(1).write(dir.resolve("a.dcm"));
        return DicomSeriesReader.read(dir, RAW, Progress.NONE).volume();
    }

    private static short[] shorts(int... v) {
        short[] s = new short[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = (short) v[i];
        }
        return s;
    }

    @Test
    void slopeTruncatesTowardZeroAndInterceptIsTruncatedToInt16() throws Exception {
        RawSlice s = new RawSlice(1, 6, shorts(3, -3, -2000, 1, -1, 0));
        s.slope = "0.5";
        s.intercept = "-1024.6";
        // 3*0.5=1.5->1; -3*0.5=-1.5->-1 (toward zero, not floor); padding->0; 0.5->0; -0.5->0; intercept -1024
        assertArrayEquals(shorts(-1023, -1025, -1024, -1024, -1024, -1024), oneSlice(s).data());
        RawSlice t = new RawSlice(1, 3, shorts(3, -3, 100));
        t.slope = "2.5";
        t.intercept = "0";
        assertArrayEquals(shorts(7, -7, 250), oneSlice(t).data());
    }

    @Test
    void slopeAndInterceptOfTheFirstSortedSliceApplyToAll() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("firstslope"));
        RawSlice a = new RawSlice(1, 2, shorts(10, 20)).instance(1);
        a.slope = "2";
        a.intercept = "-1000";
        RawSlice b = new RawSlice(1, 2, shorts(30, 40)).instance(2);
        b.slope = "1";
        b.intercept = "0";
        a.write(dir.resolve("z.dcm")); // sorts last by name, first by InstanceNumber
        b.write(dir.resolve("a.dcm"));
        ShortVolume v = DicomSeriesReader.read(dir, RAW, Progress.NONE).volume();
        assertArrayEquals(shorts(-980, -960, -940, -920), v.data());
    }

    @Test
    void unsignedAndSignedWithTwelveBitsStored() throws Exception {
        RawSlice u = new RawSlice(1, 3, shorts(0xF000 | 1500, 1024, 0x0FFF));
        u.pixelRepresentation = 0;
        u.bitsStored = 12;
        // high bits are masked off: 1500, 1024, 4095 minus 1024
        assertArrayEquals(shorts(476, 0, 3071), oneSlice(u).data());
        RawSlice s = new RawSlice(1, 4, shorts(0x0FFF, 0x0830, 0x07FF, 0xF830));
        s.pixelRepresentation = 1;
        s.bitsStored = 12;
        // 12-bit two's complement: -1; 2096-4096 = -2000 (padding -> 0); 2047; low 12 bits 0x830 again padding
        assertArrayEquals(shorts(-1025, -1024, 1023, -1024), oneSlice(s).data());
    }

    @Test
    void unsignedSixteenBitWrapsToInt16LikeNumpyAstypeWithWarning() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("wrap"));
        RawSlice u = new RawSlice(1, 3, shorts(0xFFFF, 63536, 1024)).instance(1);
        u.pixelRepresentation = 0;
        u.write(dir.resolve("a.dcm"));
        DicomSeries s = DicomSeriesReader.read(dir, RAW, Progress.NONE);
        // 65535 -> -1 -> -1025; 63536 -> -2000 -> padding -> 0 -> -1024 (the scripts cast first, then compare)
        assertArrayEquals(shorts(-1025, -1024, 0), s.volume().data());
        assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("2 unsigned stored values above 32767")),
                s.warnings().toString());
    }

    @Test
    void implicitVrAndBigEndianFilesAreRead() throws Exception {
        for (String ts : new String[] {TransferSyntax.ImplicitVRLittleEndian, TransferSyntax.ExplicitVRBigEndian}) {
            RawSlice s = new RawSlice(2, 3, shorts(1, -2, 300, -2000, 1024, 32767));
            s.transferSyntax = ts;
            assertArrayEquals(shorts(-1023, -1026, -724, -1024, 0, 31743), oneSlice(s).data(), ts);
        }
    }

    // ------------------------------------------------------------------ ordering

    /** Files a..d with centre word 1..4 and z positions 4, 1, 3, 2. */
    private Path orderSeries(String name, Integer[] instances, String orientation) throws Exception {
        return orderSeries(name, instances, orientation, new double[] {4, 1, 3, 2});
    }

    /** Files a..d with centre word 1..4 and the given z positions. */
    private Path orderSeries(String name, Integer[] instances, String orientation, double[] z) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        String[] files = {"a", "b", "c", "d"};
        for (int k = 0; k < 4; k++) {
            RawSlice s = RawSlice.filled(1, 1, k + 1).instance(instances[k]).position(0, 0, z[k]);
            s.intercept = "0";
            s.orientation = orientation;
            s.write(dir.resolve(files[k]));
        }
        return dir;
    }

    @Test
    void ordersByInstanceNumber() throws Exception {
        // instances agree with the positions (4, 1, 3, 2): b, d, c, a either way
        DicomSeries s = DicomSeriesReader.read(orderSeries("inst", new Integer[] {4, 1, 3, 2}, null), RAW,
                Progress.NONE);
        assertArrayEquals(shorts(2, 4, 3, 1), s.volume().data());
        assertEquals(List.of(), s.warnings());
        // InstanceNumber descending along the positions (a common scanner convention): InstanceNumber order kept
        DicomSeries r = DicomSeriesReader.read(orderSeries("instdown", new Integer[] {1, 4, 2, 3}, null), RAW,
                Progress.NONE);
        assertArrayEquals(shorts(1, 3, 4, 2), r.volume().data());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void positionsWinOverPermutedInstanceNumbersWithAWarningGivingTheNumbers() throws Exception {
        // positions a4 b1 c3 d2; InstanceNumbers a3 b1 c4 d2 put c (z 3) after a (z 4): one swapped pair
        DicomSeries s = DicomSeriesReader.read(orderSeries("perm", new Integer[] {3, 1, 4, 2}, null), RAW,
                Progress.NONE);
        assertArrayEquals(shorts(2, 4, 3, 1), s.volume().data());
        assertEquals(1, s.warnings().size(), s.warnings().toString());
        String w = s.warnings().get(0);
        assertTrue(w.startsWith("InstanceNumber order contradicts ImagePositionPatient in " + tmp.resolve("perm")
                + ": 2 of 4 slices are elsewhere along the slice normal (first: a, InstanceNumber 3, at 4.000 mm, is"
                + " slice 2 by InstanceNumber but slice 3 by position)"), w);
        // mostly descending InstanceNumbers with one pair swapped: position order, highest position first
        DicomSeries d = DicomSeriesReader.read(orderSeries("permdown", new Integer[] {2, 4, 1, 3}, null), RAW,
                Progress.NONE);
        assertArrayEquals(shorts(1, 3, 4, 2), d.volume().data());
        assertTrue(d.warnings().get(0).contains("highest InstanceNumber first"), d.warnings().toString());
    }

    @Test
    void fallsBackToPositionWhenInstanceNumberIsMissing() throws Exception {
        DicomSeries s = DicomSeriesReader.read(orderSeries("missing", new Integer[] {1, 2, null, 4}, null, new double[] {
            4.1, 1, 3, 2}), RAW, Progress.NONE);
        // z ascending: b(1), d(2), c(3), a(4.1)
        assertArrayEquals(shorts(2, 4, 3, 1), s.volume().data());
        assertTrue(s.warnings().get(0).startsWith("InstanceNumber is missing in c"), s.warnings().toString());
        assertEquals(1.0, s.volume().spacing().z(), 1e-12); // first pair; distances 1, 1, 1.1 vary
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("vary from 1.0000 to 1.1000")), s.warnings().toString());
    }

    @Test
    void fallsBackToPositionWhenInstanceNumberIsDuplicated() throws Exception {
        DicomSeries s = DicomSeriesReader.read(orderSeries("dup", new Integer[] {1, 1, 2, 3}, null), RAW,
                Progress.NONE);
        assertArrayEquals(shorts(2, 4, 3, 1), s.volume().data());
        assertTrue(s.warnings().get(0).startsWith("InstanceNumber 1 is in both a and b"), s.warnings().toString());
    }

    @Test
    void positionIsProjectedOnTheSliceNormal() throws Exception {
        // rows along +x, columns along -y: normal = (1,0,0) x (0,-1,0) = (0,0,-1): descending z
        DicomSeries s = DicomSeriesReader.read(orderSeries("flip", new Integer[] {null, null, null, null},
                "1\\0\\0\\0\\-1\\0"), RAW, Progress.NONE);
        assertArrayEquals(shorts(1, 3, 4, 2), s.volume().data());
    }

    @Test
    void twoSlicesAtOnePositionAreAnErrorEvenWithGoodInstanceNumbers() throws Exception {
        Path dir = orderSeries("twice", new Integer[] {4, 1, 3, 2}, null, new double[] {4, 1, 3, 3});
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains("d and c have the same ImagePositionPatient"), e.getMessage());
    }

    @Test
    void unorderableSlicesAreAnErrorNamingTheFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("noorder"));
        RawSlice.filled(1, 1, 0).instance(1).position(0, 0, 0).write(dir.resolve("x1"));
        RawSlice.filled(1, 1, 0).instance(1).write(dir.resolve("x2"));
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains("ImagePositionPatient is missing in x2"), e.getMessage());

        Path dir2 = Files.createDirectories(tmp.resolve("samepos"));
        RawSlice.filled(1, 1, 0).position(0, 0, 4).write(dir2.resolve("y1"));
        RawSlice.filled(1, 1, 0).position(7, 0, 4).write(dir2.resolve("y2"));
        e = assertThrows(DicomSeriesException.class, () -> DicomSeriesReader.read(dir2, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains("InstanceNumber is missing in y1")
                && e.getMessage().contains("y1 and y2 have the same ImagePositionPatient"), e.getMessage());
    }

    // ------------------------------------------------------------------ spacing

    @Test
    void spacingFallsBackToSliceThicknessThenOneMillimetre() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("thick"));
        for (int z = 0; z < 2; z++) {
            RawSlice s = RawSlice.filled(1, 1, 0).instance(z + 1);
            s.sliceThickness = "0.7";
            s.write(dir.resolve("s" + z));
        }
        DicomSeries s = DicomSeriesReader.read(dir, RAW, Progress.NONE);
        assertEquals(0.7, s.volume().spacing().z(), 1e-12);
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("SliceThickness 0.7")), s.warnings().toString());

        Path dir2 = Files.createDirectories(tmp.resolve("nothing"));
        for (int z = 0; z < 2; z++) {
            RawSlice r = RawSlice.filled(1, 1, 0).instance(z + 1);
            r.pixelSpacing = null;
            r.write(dir2.resolve("s" + z));
        }
        DicomSeries s2 = DicomSeriesReader.read(dir2, RAW, Progress.NONE);
        assertEquals(1.0, s2.volume().spacing().z());
        assertEquals(1.0, s2.volume().spacing().y());
        assertEquals(1.0, s2.volume().spacing().x());
        assertTrue(s2.warnings().get(0).startsWith("no valid PixelSpacing in " + dir2.resolve("s0")), s2.warnings().get(0));
        assertTrue(s2.warnings().get(1).contains("using 1 mm slice spacing"), s2.warnings().get(1));
    }

    // ------------------------------------------------------------------ trimming

    /** n slices of 1 x 1 (intercept 0), word per slice. */
    private Path column(String name, int... words) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int z = 0; z < words.length; z++) {
            RawSlice s = RawSlice.filled(1, 1, words[z]).instance(z + 1).position(0, 0, z);
            s.intercept = "0";
            s.write(dir.resolve(String.format("s%02d", z)));
        }
        return dir;
    }

    @Test
    void nonContiguousNonEmptySlicesAreTrimmedLiterallyWithAWarning() throws Exception {
        // non-empty (> -500): 0,1,2,3,5,6 -> l = 6; keep [3, 6) = slices 3, 4, 5 although 4 is empty
        Path dir = column("gap", 0, 0, 0, 10, -600, 11, 12, -700);
        DicomSeries s = DicomSeriesReader.read(dir, DicomReadOptions.DEFAULTS.withRemoveCylinder(false), Progress.NONE);
        assertArrayEquals(shorts(10, -600, 11), s.volume().data());
        assertEquals(1, s.warnings().size(), s.warnings().toString());
        assertTrue(s.warnings().get(0).contains("slice 4 (s04) is empty"), s.warnings().get(0));
    }

    @Test
    void dummySlicesAreConfigurable() throws Exception {
        Path dir = column("dummy1", 5, 6, 7, -1000);
        DicomSeries s = DicomSeriesReader.read(dir, DicomReadOptions.DEFAULTS.withRemoveCylinder(false).withDummySlices(1),
                Progress.NONE);
        assertArrayEquals(shorts(6, 7), s.volume().data());
        assertEquals(1, s.info().firstKeptSlice());
    }

    @Test
    void nothingLeftAfterTrimmingIsAnErrorNamingTheFolder() throws Exception {
        Path dir = column("tooFew", 0, 0, 0, -1000, -1000);
        DicomSeriesException e = assertThrows(DicomSeriesException.class, () -> DicomSeriesReader.read(dir,
                DicomReadOptions.DEFAULTS.withRemoveCylinder(false), Progress.NONE));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("only 3 of 5 slices"),
                e.getMessage());
    }

    @Test
    void seriesWithoutRingSliceHasNoRingAndSaysSo() throws Exception {
        Path dir = column("short", 0, 0);
        DicomSeries s = DicomSeriesReader.read(dir, RAW, Progress.NONE);
        assertNull(s.cylinderRing());
        assertFalse(s.cylinderRingIfPresent().isPresent());
        assertTrue(s.warnings().get(0).contains("only 2 slices: no slice 3"), s.warnings().toString());
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void nonDicomFilesAreSkippedWithAWarning() throws Exception {
        Path dir = column("withText", 1, 2);
        Files.writeString(dir.resolve("notes.txt"), "not a DICOM file at all, just some text\n");
        Files.createDirectories(dir.resolve("subfolder"));
        DicomSeries s = DicomSeriesReader.read(dir, RAW, Progress.NONE);
        assertArrayEquals(shorts(1, 2), s.volume().data());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("notes.txt") && w.contains("not a DICOM file")),
                s.warnings().toString());
    }

    @Test
    void emptyFolderIsAnError() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("empty"), e.getMessage());
        Files.writeString(dir.resolve("readme.txt"), "hello");
        e = assertThrows(DicomSeriesException.class, () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains("no DICOM image file in folder " + dir), e.getMessage());
    }

    @Test
    void twoSeriesAreAnErrorNamingTheFiles() throws Exception {
        Path dir = column("two", 1, 2);
        RawSlice other = RawSlice.filled(1, 1, 0).instance(3);
        other.seriesUid = "2.25.99";
        other.write(dir.resolve("stranger.dcm"));
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        String m = e.getMessage();
        assertTrue(m.contains("2 series") && m.contains("'2.25.1' in 2 files (s00, s01)")
                && m.contains("'2.25.99' in 1 files (stranger.dcm)"), m);
    }

    @Test
    void differentSlicesSizesAreAnErrorNamingBothFiles() throws Exception {
        Path dir = column("sizes", 1);
        RawSlice.filled(2, 1, 0).instance(2).write(dir.resolve("big.dcm"));
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains("big.dcm is 2 x 1") && e.getMessage().contains("s00 is 1 x 1"),
                e.getMessage());
    }

    @Test
    void truncatedPixelDataIsAnErrorNamingTheFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("trunc"));
        RawSlice.filled(4, 4, 0).instance(1).write(dir.resolve("ok.dcm"));
        Path bad = dir.resolve("cut.dcm");
        RawSlice.filled(4, 4, 0).instance(2).write(bad);
        byte[] b = Files.readAllBytes(bad);
        Files.write(bad, Arrays.copyOf(b, b.length - 10));
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsAnErrorNamingTheFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("trunchead"));
        Path bad = dir.resolve("head.dcm");
        RawSlice.filled(4, 4, 0).instance(1).write(bad);
        byte[] b = Files.readAllBytes(bad);
        Files.write(bad, Arrays.copyOf(b, 200));
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }

    @Test
    void missingFolderIsAnError() {
        Path dir = tmp.resolve("nope");
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesReader.read(dir, RAW, Progress.NONE));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void cancellationStopsTheRead() throws Exception {
        Path dir = column("cancel", 1, 2, 3, 4, 5, 6);
        AtomicInteger checks = new AtomicInteger();
        Progress p = Progress.cancelledWhen(() -> checks.incrementAndGet() > 8);
        assertThrows(CancelledException.class, () -> DicomSeriesReader.read(dir, RAW, p));
    }

    @Test
    void progressReachesOne() throws Exception {
        Path dir = column("progress", 1, 2, 3);
        double[] last = {-1};
        boolean[] monotone = {true};
        Progress p = new Progress() {
            @Override
            public void report(double fraction, String message) {
                monotone[0] &= fraction >= last[0];
                last[0] = fraction;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        DicomSeriesReader.read(dir, RAW, p);
        assertEquals(1.0, last[0], 1e-12);
        assertTrue(monotone[0]);
    }

    // ------------------------------------------------------------------ folders

    @Test
    void listsBreastFoldersSortedAndRecognisesSeriesFolders() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        column("root/b2", 1);
        column("root/a1", 1);
        Files.createDirectories(root.resolve("c3"));
        Files.createDirectories(root.resolve(".hidden"));
        Files.writeString(root.resolve("file.txt"), "x");
        assertEquals(List.of(root.resolve("a1"), root.resolve("b2"), root.resolve("c3")),
                DicomSeriesReader.listBreastFolders(root));
        assertTrue(DicomSeriesReader.isSeriesFolder(root.resolve("a1")));
        assertFalse(DicomSeriesReader.isSeriesFolder(root.resolve("c3")));
        assertFalse(DicomSeriesReader.isSeriesFolder(root));
        assertThrows(DicomSeriesException.class, () -> DicomSeriesReader.listBreastFolders(root.resolve("file.txt")));
    }
}
