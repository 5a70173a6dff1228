package org.breastct.io.npy;

import static org.breastct.io.npy.Fixtures.fixture;
import static org.breastct.io.npy.Fixtures.formulaValues;
import static org.breastct.io.npy.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.breastct.volume.VoxelType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Reading the numpy-written fixtures: every dtype, byte order, memory order and format version. */
class NpyReaderTest {

    /** Buffer sizes that split the 24 elements into many chunks, one odd size, and the default. */
    private static final int[] BUFFERS = {1, 7, 16, NpyReader.DEFAULT_BUFFER_BYTES};

    @TestFactory
    List<DynamicTest> everyDtypeByteOrderAndMemoryOrderReadsTheFormula() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String dtype : Fixtures.DTYPES) {
            for (String name : Fixtures.formulaFiles(dtype)) {
                tests.add(DynamicTest.dynamicTest(name, () -> checkFormulaFile(dtype, name)));
            }
        }
        assertEquals(34, tests.size());
        return tests;
    }

    private static void checkFormulaFile(String dtype, String name) throws Exception {
        Path file = fixture(name);
        NpyHeader h = NpyReader.readHeader(file);
        assertEquals(dtype, h.dtype().numpyName());
        assertEquals(name.endsWith("_f.npy"), h.fortranOrder());
        assertArrayEquals(new long[] {2, 3, 4}, h.shape());
        assertEquals(1, h.version());
        assertEquals(128, h.headerLength(), "numpy 1.24 pads a 3-D header to 128 bytes");
        if (name.contains("_be_")) {
            assertEquals(ByteOrder.BIG_ENDIAN, h.byteOrder());
        } else if (name.contains("_le_")) {
            assertEquals(ByteOrder.LITTLE_ENDIAN, h.byteOrder());
        }

        int[] expected = formulaValues(dtype);
        for (int buffer : BUFFERS) {
            Volume natural = NpyReader.read(file, null, Spacing.UNIT, Progress.NONE, false, buffer);
            assertEquals(h.dtype().naturalVoxelType(), natural.type());
            assertEquals(new Dims(2, 3, 4), natural.dims());
            assertArrayEquals(expected, values(natural), name + " buffer " + buffer);

            // every formula fits int16
            Volume asShort = NpyReader.read(file, VoxelType.INT16, Spacing.UNIT, Progress.NONE, false, buffer);
            assertInstanceOf(ShortVolume.class, asShort);
            assertArrayEquals(expected, values(asShort), name + " as int16, buffer " + buffer);
        }
        boolean fitsUint8 = dtype.equals("bool") || dtype.equals("uint8");
        if (fitsUint8) {
            assertArrayEquals(expected, values(NpyReader.read(file, VoxelType.UINT8)));
        } else {
            assertThrows(NpyFormatException.class, () -> NpyReader.read(file, VoxelType.UINT8));
        }
        if (dtype.equals("bool")) {
            assertArrayEquals(expected, values(NpyReader.read(file, VoxelType.BOOL)));
        } else {
            assertThrows(NpyFormatException.class, () -> NpyReader.read(file, VoxelType.BOOL));
        }
    }

    @Test
    void formulaSpotValuesWrittenOut() throws Exception {
        ShortVolume le = (ShortVolume) NpyReader.read(fixture("t_int16_le_c.npy"));
        assertEquals(-200, le.get(0, 0, 0));
        assertEquals(-197, le.get(0, 0, 1));
        assertEquals(-160, le.get(0, 1, 0));
        assertEquals(100, le.get(1, 0, 0));
        assertEquals(189, le.get(1, 2, 3));
        ShortVolume bef = (ShortVolume) NpyReader.read(fixture("t_int16_be_f.npy"));
        assertArrayEquals(le.data(), bef.data());
        ByteVolume u8 = (ByteVolume) NpyReader.read(fixture("t_uint8_na_f.npy"));
        assertEquals(133, u8.get(1, 2, 3)); // 389 % 256
        MaskVolume b = (MaskVolume) NpyReader.read(fixture("t_bool_na_f.npy"));
        assertTrue(b.get(0, 0, 0));
        assertTrue(b.get(0, 0, 1)); // 3 % 3 == 0
        assertFalse(b.get(0, 1, 0)); // 40 % 3 == 1
        assertFalse(b.get(1, 2, 3)); // 389 % 3 == 2
        ShortVolume i8 = (ShortVolume) NpyReader.read(fixture("t_int8_na_c.npy"));
        assertEquals(-128, i8.get(0, 0, 0));
        assertEquals(5, i8.get(1, 2, 3)); // 389 % 256 - 128
    }

    @TestFactory
    List<DynamicTest> formatVersionsTwoAndThree() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : new String[] {"v2_int16.npy", "v3_int16.npy", "v3_int16_be_f.npy"}) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                NpyHeader h = NpyReader.readHeader(fixture(name));
                assertEquals(name.startsWith("v2") ? 2 : 3, h.version());
                assertEquals(128, h.headerLength());
                assertArrayEquals(formulaValues("int16"), values(NpyReader.read(fixture(name))));
            }));
        }
        return tests;
    }

    @Test
    void cylinderMaskTwoDimensionalInBothOrders() throws Exception {
        boolean[] expected = {
            true, true, false, false, true, true,
            true, false, false, false, false, true,
            false, false, false, false, false, false,
            true, false, false, false, false, true,
            true, true, false, false, true, true};
        for (String name : new String[] {"cylinder_c.npy", "cylinder_f.npy"}) {
            MaskVolume m = NpyReader.readMask2d(fixture(name));
            assertEquals(Dims.slice(5, 6), m.dims());
            assertArrayEquals(expected, m.data(), name);
            assertEquals(name.replace(".npy", ""), m.id());
            Volume natural = NpyReader.readSlice(fixture(name));
            assertInstanceOf(MaskVolume.class, natural);
            assertArrayEquals(expected, ((MaskVolume) natural).data());
        }
        assertArrayEquals(new long[] {5, 6}, NpyReader.readHeader(fixture("cylinder_c.npy")).shape());
    }

    @Test
    void twoDimensionalBigEndianFortranImage() throws Exception {
        ShortVolume v = (ShortVolume) NpyReader.readSlice(fixture("img2d_int16_be_f.npy"));
        assertEquals(Dims.slice(3, 4), v.dims());
        assertArrayEquals(new short[] {-32768, -1, 0, 1, 255, 256, 32767, -300, 7, 8, 9, 10}, v.data());
        for (int buffer : BUFFERS) {
            Volume again = NpyReader.read(fixture("img2d_int16_be_f.npy"), null, Spacing.UNIT, Progress.NONE, true,
                    buffer);
            assertArrayEquals(v.data(), ((ShortVolume) again).data());
        }
    }

    @Test
    void extremesAndExactConversions() throws Exception {
        assertArrayEquals(new short[] {-32768, -32767, -1, 0, 1, 255, 256, 32767},
                ((ShortVolume) NpyReader.read(fixture("extremes_int16.npy"))).data());
        ByteVolume u8 = (ByteVolume) NpyReader.read(fixture("extremes_uint8.npy"));
        assertArrayEquals(new int[] {0, 1, 254, 255}, values(u8));
        assertArrayEquals(new int[] {0, 1, 254, 255}, values(NpyReader.read(fixture("extremes_uint8.npy"),
                VoxelType.INT16)));
        assertArrayEquals(new short[] {-32768, 0, 32767, 1},
                ((ShortVolume) NpyReader.read(fixture("fits_int64.npy"))).data());
        // uint8 with only 0/1 is readable as bool when asked, and stays uint8 otherwise
        assertInstanceOf(ByteVolume.class, NpyReader.read(fixture("labels_01_uint8.npy")));
        MaskVolume m = (MaskVolume) NpyReader.read(fixture("labels_01_uint8.npy"), VoxelType.BOOL);
        assertArrayEquals(new boolean[] {false, true, true, false, false, true}, m.data());
        assertArrayEquals(new int[] {0, 1, 2}, values(NpyReader.read(fixture("labels_012_uint8.npy"), VoxelType.INT16)));
    }

    @Test
    void headersNumpyAcceptsButNeverWrites() throws Exception {
        for (String name : new String[] {"ok_double_quotes.npy", "ok_reordered_keys.npy", "ok_python2_long.npy",
            "ok_native_order.npy", "ok_unpadded.npy"}) {
            NpyHeader h = NpyReader.readHeader(fixture(name));
            assertArrayEquals(new long[] {2, 3, 4}, h.shape(), name);
            assertFalse(h.fortranOrder(), name);
            if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN || !name.equals("ok_native_order.npy")) {
                assertArrayEquals(formulaValues("int16"), values(NpyReader.read(fixture(name))), name);
            }
        }
        assertEquals("=i2", NpyReader.readHeader(fixture("ok_native_order.npy")).descr());
        assertEquals(ByteOrder.nativeOrder(), NpyReader.readHeader(fixture("ok_native_order.npy")).byteOrder());
    }

    @Test
    void emptyVolumeAndOtherShapesInTheHeader() throws Exception {
        Volume empty = NpyReader.read(fixture("shape_empty.npy"));
        assertEquals(new Dims(0, 3, 4), empty.dims());
        assertArrayEquals(new long[] {5}, NpyReader.readHeader(fixture("shape_1d.npy")).shape());
        assertEquals("(5,)", NpyReader.readHeader(fixture("shape_1d.npy")).shapeString());
        assertArrayEquals(new long[] {}, NpyReader.readHeader(fixture("shape_0d.npy")).shape());
        assertEquals(1, NpyReader.readHeader(fixture("shape_0d.npy")).elementCount());
        assertArrayEquals(new long[] {1, 2, 2, 2}, NpyReader.readHeader(fixture("shape_4d.npy")).shape());
    }

    @Test
    void idIsTheFileNameWithoutNpyAndSpacingIsUnitUnlessGiven() throws Exception {
        Volume v = NpyReader.read(fixture("t_int16_le_c.npy"));
        assertEquals("t_int16_le_c", v.id());
        assertSame(Spacing.UNIT, v.spacing());
        Spacing s = new Spacing(0.5, 0.3, 0.3);
        assertEquals(s, NpyReader.read(fixture("t_int16_le_c.npy"), null, s, Progress.NONE).spacing());
        assertEquals("b1", NpyReader.idOf(Path.of("/x/b1.NPY")));
        assertEquals("segmentation_b1", NpyReader.idOf(Path.of("segmentation_b1.npy")));
        assertEquals("noext", NpyReader.idOf(Path.of("noext")));
    }

    @Test
    void progressReachesOneAndCancellationStopsTheRead() throws Exception {
        List<Double> fractions = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void report(double fraction, String message) {
                fractions.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        NpyReader.read(fixture("t_int32_be_f.npy"), null, Spacing.UNIT, recording, false, 40); // 10 per chunk
        assertEquals(List.of(10 / 24.0, 20 / 24.0, 1.0), fractions);

        AtomicInteger checks = new AtomicInteger();
        Progress cancelLater = Progress.cancelledWhen(() -> checks.incrementAndGet() > 2);
        assertThrows(CancelledException.class, () -> NpyReader.read(fixture("t_int32_be_f.npy"), null, Spacing.UNIT,
                cancelLater, false, 8));
    }
}
