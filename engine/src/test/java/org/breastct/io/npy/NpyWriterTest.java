package org.breastct.io.npy;

import static org.breastct.io.npy.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing: numpy's exact bytes, round trips, atomic replacement and clean cancellation. */
class NpyWriterTest {

    @TempDir
    Path dir;

    private static ShortVolume int16Formula() {
        short[] d = new short[24];
        int[] f = Fixtures.formulaValues("int16");
        for (int i = 0; i < 24; i++) {
            d[i] = (short) f[i];
        }
        return new ShortVolume("f", new Dims(2, 3, 4), Spacing.UNIT, d);
    }

    private static ByteVolume uint8Formula() {
        byte[] d = new byte[24];
        int[] f = Fixtures.formulaValues("uint8");
        for (int i = 0; i < 24; i++) {
            d[i] = (byte) f[i];
        }
        return new ByteVolume("f", new Dims(2, 3, 4), Spacing.UNIT, d);
    }

    private static MaskVolume boolFormula() {
        boolean[] d = new boolean[24];
        int[] f = Fixtures.formulaValues("bool");
        for (int i = 0; i < 24; i++) {
            d[i] = f[i] == 1;
        }
        return new MaskVolume("f", new Dims(2, 3, 4), Spacing.UNIT, d);
    }

    @Test
    void headerIsExactlyWhatNumpyWrites() {
        // numpy 1.24: dict, 21 - len('2') = 20 growth spaces, 35 padding spaces, '\n'; 10 + 118 = 128 bytes
        String dict = "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 3, 4), }" + " ".repeat(55) + "\n";
        byte[] expected = new byte[128];
        expected[0] = (byte) 0x93;
        System.arraycopy("NUMPY".getBytes(StandardCharsets.US_ASCII), 0, expected, 1, 5);
        expected[6] = 1;
        expected[7] = 0;
        expected[8] = 118;
        expected[9] = 0;
        System.arraycopy(dict.getBytes(StandardCharsets.US_ASCII), 0, expected, 10, 118);
        assertArrayEquals(expected, NpyWriter.header("<i2", false, new long[] {2, 3, 4}));

        // the growth axis of a Fortran array is the last one: 21 - len('4') spaces again, same total
        assertEquals(128, NpyWriter.header("<i2", true, new long[] {2, 3, 400}).length);
        // shapes of every length print as Python tuples
        assertTrue(new String(NpyWriter.header("|u1", false, new long[] {5}), StandardCharsets.ISO_8859_1)
                .contains("'shape': (5,), }"));
        assertTrue(new String(NpyWriter.header("|u1", false, new long[] {}), StandardCharsets.ISO_8859_1)
                .contains("'shape': (), }"));
    }

    @Test
    void headersOfTheNumpyFixturesAreReproducedByteForByte() throws IOException {
        String[][] cases = {
            {"t_int16_le_c.npy", "<i2", "false"}, {"t_int16_be_f.npy", ">i2", "true"},
            {"t_float64_le_f.npy", "<f8", "true"}, {"t_bool_na_c.npy", "|b1", "false"}};
        for (String[] c : cases) {
            byte[] file = Files.readAllBytes(fixture(c[0]));
            byte[] header = NpyWriter.header(c[1], Boolean.parseBoolean(c[2]), new long[] {2, 3, 4});
            assertArrayEquals(Arrays.copyOf(file, 128), header, c[0]);
        }
        // 0-d (no growth spaces), 1-d and 4-d headers as numpy wrote them
        String[][] shapes = {{"shape_0d.npy", "<i2"}, {"shape_1d.npy", "<i2"}, {"shape_4d.npy", "|u1"}};
        for (String[] c : shapes) {
            NpyHeader h = NpyReader.readHeader(fixture(c[0]));
            byte[] file = Files.readAllBytes(fixture(c[0]));
            assertArrayEquals(Arrays.copyOf(file, (int) h.headerLength()), NpyWriter.header(c[1], false, h.shape()),
                    c[0]);
        }
        byte[] cylinder = Files.readAllBytes(fixture("cylinder_c.npy"));
        assertArrayEquals(Arrays.copyOf(cylinder, 128), NpyWriter.header("|b1", false, new long[] {5, 6}));
    }

    @Test
    void writtenFilesAreIdenticalToNumpysOwn() throws IOException {
        Path a = dir.resolve("a.npy");
        NpyWriter.write(a, int16Formula());
        assertArrayEquals(Files.readAllBytes(fixture("t_int16_le_c.npy")), Files.readAllBytes(a));
        NpyWriter.write(a, uint8Formula());
        assertArrayEquals(Files.readAllBytes(fixture("t_uint8_na_c.npy")), Files.readAllBytes(a));
        NpyWriter.write(a, boolFormula());
        assertArrayEquals(Files.readAllBytes(fixture("t_bool_na_c.npy")), Files.readAllBytes(a));

        MaskVolume cylinder = NpyReader.readMask2d(fixture("cylinder_f.npy"));
        NpyWriter.write2d(a, cylinder);
        assertArrayEquals(Files.readAllBytes(fixture("cylinder_c.npy")), Files.readAllBytes(a));
    }

    @Test
    void versionTwoWhenTheHeaderExceeds65535Bytes() throws IOException {
        long[] shape = new long[30000];
        Arrays.fill(shape, 1);
        byte[] header = NpyWriter.header("<i2", false, shape);
        assertEquals(2, header[6]);
        assertEquals(0, header.length % 64);
        int declared = (header[8] & 0xFF) | (header[9] & 0xFF) << 8 | (header[10] & 0xFF) << 16 | (header[11] & 0xFF) << 24;
        assertEquals(header.length - 12, declared);
        assertTrue(declared > 0xFFFF);
        Path p = dir.resolve("v2.npy");
        byte[] file = Arrays.copyOf(header, header.length + 2);
        file[header.length] = 7;
        Files.write(p, file);
        NpyHeader h = NpyReader.readHeader(p);
        assertEquals(2, h.version());
        assertEquals(30000, h.ndim());
        assertEquals(header.length, h.headerLength());

        byte[] small = NpyWriter.header("<i2", false, new long[] {1, 1, 1});
        assertEquals(1, small[6]);
    }

    @Test
    void randomVolumesRoundTripThroughSmallAndDefaultBuffers() throws IOException {
        Random rnd = new Random(20261125L);
        for (int trial = 0; trial < 12; trial++) {
            Dims dims = new Dims(1 + rnd.nextInt(4), 1 + rnd.nextInt(6), 1 + rnd.nextInt(7));
            int n = dims.size();
            short[] s = new short[n];
            byte[] b = new byte[n];
            boolean[] m = new boolean[n];
            for (int i = 0; i < n; i++) {
                s[i] = (short) rnd.nextInt(65536);
                b[i] = (byte) rnd.nextInt(256);
                m[i] = rnd.nextBoolean();
            }
            Volume[] volumes = {new ShortVolume("s", dims, Spacing.UNIT, s), new ByteVolume("b", dims, Spacing.UNIT, b),
                new MaskVolume("m", dims, Spacing.UNIT, m)};
            for (Volume v : volumes) {
                int buffer = 1 + rnd.nextInt(20);
                Path p = dir.resolve("r" + trial + v.id() + ".npy");
                long[] shape = {dims.nz(), dims.ny(), dims.nx()};
                NpyWriter.write(p, v, shape, Progress.NONE, buffer);
                assertEquals(128 + v.sizeInBytes(), Files.size(p));
                Volume back = NpyReader.read(p, null, Spacing.UNIT, Progress.NONE, false, 1 + rnd.nextInt(20));
                assertEquals(v.type(), back.type());
                assertEquals(dims, back.dims());
                assertArrayEquals(Fixtures.values(v), Fixtures.values(back), "trial " + trial + " " + v.id());
                assertEquals("r" + trial + v.id(), back.id());
            }
        }
    }

    @Test
    void write2dNeedsASingleSlice() {
        ShortVolume two = ShortVolume.zeros("two", new Dims(2, 3, 4), Spacing.UNIT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NpyWriter.write2d(dir.resolve("x.npy"), two));
        assertTrue(e.getMessage().contains("two") && e.getMessage().contains("2x3x4"), e.getMessage());
        assertEquals(0, listing().size());
    }

    @Test
    void overwritesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path p = dir.resolve("b.npy");
        Files.writeString(p, "old content");
        NpyWriter.write(p, int16Formula());
        assertArrayEquals(Fixtures.formulaValues("int16"), Fixtures.values(NpyReader.read(p)));
        assertEquals(List.of("b.npy"), listing());
    }

    @Test
    void cancellationMidWriteLeavesNeitherTargetNorTemporaryFile() {
        ShortVolume v = ShortVolume.zeros("c", new Dims(1, 8, 16), Spacing.UNIT); // 256 bytes = 8 buffers of 32
        AtomicInteger checks = new AtomicInteger();
        List<Double> reported = new ArrayList<>();
        Progress cancelAfterTwoBuffers = new Progress() {
            @Override
            public void report(double fraction, String message) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return checks.incrementAndGet() > 3;
            }
        };
        Path p = dir.resolve("c.npy");
        assertThrows(CancelledException.class,
                () -> NpyWriter.write(p, v, new long[] {1, 8, 16}, cancelAfterTwoBuffers, 32));
        assertEquals(List.of(0.125, 0.25, 0.375), reported, "three buffers went out before the cancel");
        assertEquals(List.of(), listing());
    }

    @Test
    void cancellationKeepsThePreviousTarget() throws IOException {
        Path p = dir.resolve("keep.npy");
        NpyWriter.write(p, int16Formula());
        byte[] before = Files.readAllBytes(p);
        AtomicInteger checks = new AtomicInteger();
        assertThrows(CancelledException.class, () -> NpyWriter.write(p, uint8Formula(), new long[] {2, 3, 4},
                Progress.cancelledWhen(() -> checks.incrementAndGet() > 1), 4));
        assertArrayEquals(before, Files.readAllBytes(p));
        assertEquals(List.of("keep.npy"), listing());
    }

    @Test
    void missingFolderFailsWithoutLeavingFiles() {
        Path p = dir.resolve("no-such-folder").resolve("x.npy");
        assertThrows(IOException.class, () -> NpyWriter.write(p, int16Formula()));
        assertEquals(List.of(), listing());
    }

    @Test
    void progressReachesOne() throws IOException {
        List<Double> reported = new ArrayList<>();
        Progress p = new Progress() {
            @Override
            public void report(double fraction, String message) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        NpyWriter.write(dir.resolve("p.npy"), boolFormula(), new long[] {2, 3, 4}, p, 12);
        assertEquals(List.of(0.5, 1.0), reported);
    }

    private List<String> listing() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
