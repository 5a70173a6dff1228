package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.io.dicom.DicomSeriesWriter;
import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyWriter;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs over the command line (issue 12): each is named, none gives a silent wrong result. */
class InputChecksCommandsTest {

    @TempDir
    static Path shared;
    /** Scanner series of a 20 x 128 x 128 phantom, and of a 20 x 160 x 160 one. */
    static Path small;
    static Path large;

    @TempDir
    Path tmp;

    @BeforeAll
    static void phantoms() {
        for (String shape : new String[] {"20,128,128", "20,160,160"}) {
            CliTestSupport.Run r = CliTestSupport.run("phantom", shared.toString(), "--shape", shape, "--dicom",
                    "--name", "p" + shape.substring(3).replace(",", "x"), "--threads", "1", "--quiet");
            assertEquals(Main.OK, r.code(), r.err());
        }
        small = shared.resolve("p128x128");
        large = shared.resolve("p160x160");
    }

    /** A copy of {@code series} as {@code root/name}. */
    private static Path copy(Path series, Path root, String name) throws Exception {
        Path dst = Files.createDirectories(root.resolve(name));
        try (Stream<Path> s = Files.list(series)) {
            for (Path f : s.toList()) {
                Files.copy(f, dst.resolve(f.getFileName()));
            }
        }
        return dst;
    }

    private static void edit(Path file, AttributeEdit change) throws Exception {
        AttributeList l = new AttributeList();
        l.read(file.toFile());
        change.apply(l);
        l.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    }

    @FunctionalInterface
    interface AttributeEdit {
        void apply(AttributeList l) throws Exception;
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.naturalOrder()).toList();
        }
    }

    @Test
    void truncatedHeaderIsOneLineWithoutTheLibrarysStackTrace() throws Exception {
        Path root = tmp.resolve("in");
        Path b = copy(small, root, "B1");
        Path f = files(b).get(5);
        Files.write(f, Arrays.copyOf(Files.readAllBytes(f), 200));
        PrintStream old = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliTestSupport.Run r;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            r = CliTestSupport.run("dicom2npy", root.toString(), "--output", tmp.resolve("out").toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(Main.SOME_FAILED, r.code());
        assertTrue(r.err().contains("B1: error: cannot parse DICOM file " + f), r.err());
        String lib = captured.toString(StandardCharsets.UTF_8);
        assertFalse(lib.contains("com.pixelmed"), "third-party log on the console: " + lib);
    }

    @Test
    void runAcceptsASingleSeriesFolderAsDicom2npyDoes() throws Exception {
        Path one = copy(small, tmp, "P7");
        Path out = tmp.resolve("out");
        CliTestSupport.Run r = CliTestSupport.run("run", one.toString(), "--output", out.toString(), "--threads", "2");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("P7.npy")));
        assertTrue(Files.isRegularFile(out.resolve("segmentation_P7.npy")));
    }

    @Test
    void foldersWithoutAReadableSeriesAndReservedNamesAreFailedBreasts() throws Exception {
        Path root = tmp.resolve("in");
        copy(small, root, "good");
        Path empty = Files.createDirectories(root.resolve("zeros"));
        for (int i = 0; i < 3; i++) {
            Files.write(empty.resolve("IM" + i), new byte[0]);
        }
        copy(small, root, "cylinder");
        Path nested = copy(small, root.resolve("deep").resolve("STUDY"), "SERIES");
        Path out = tmp.resolve("out");
        CliTestSupport.Run r = CliTestSupport.run("dicom2npy", root.toString(), "--output", out.toString());
        assertEquals(Main.SOME_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("zeros: error: no readable DICOM image in " + empty), r.err());
        assertTrue(r.err().contains("cylinder: error: the breast name 'cylinder' is reserved"), r.err());
        assertTrue(r.out().contains("dicom2npy: 2 converted, 2 failed (cylinder, zeros)"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("deep.npy")), "the nested series " + nested + " is read");
        assertEquals(2, NpyReader.readHeader(out.resolve("cylinder.npy")).shape().length, "cylinder.npy is the ring");
    }

    @Test
    void aBatchOfTwoMatrixSizesKeepsARingPerSizeInTheLabelSeries() throws Exception {
        Path root = tmp.resolve("in");
        copy(small, root, "a");
        copy(large, root, "b");
        Path out = tmp.resolve("out");
        CliTestSupport.Run r = CliTestSupport.run("dicom2npy", root.toString(), "--output", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        MaskVolume ringA = NpyReader.readMask2d(out.resolve("cylinder.npy"));
        MaskVolume ringB = NpyReader.readMask2d(out.resolve("cylinder_160x160.npy"));
        for (String uid : new String[] {"a", "b"}) {
            Dims d = NpyReader.readHeader(out.resolve(uid + ".npy")).shape()[1] == 128 ? new Dims(2, 128, 128)
                    : new Dims(2, 160, 160);
            NpyWriter.write(out.resolve("segmentation_" + uid + ".npy"),
                    new ByteVolume(uid, d, Spacing.BREAST_CT, new byte[d.size()]));
        }
        r = CliTestSupport.run("npy2dicom", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertFalse(r.err().contains("warning"), r.err());
        for (Object[] c : new Object[][] {{"a", ringA}, {"b", ringB}}) {
            DicomSeries s = DicomSeriesReader.read(out.resolve("segmentation_" + c[0]),
                    new DicomReadOptions(false, 30, 0, false), Progress.NONE);
            boolean[] ring = ((MaskVolume) c[1]).data();
            short[] hu = s.volume().data();
            int count = 0;
            for (int k = 0; k < ring.length; k++) {
                assertEquals(ring[k] ? 9 : 0, hu[k], c[0] + " pixel " + k);
                count += ring[k] ? 1 : 0;
            }
            assertTrue(count > 0, "ring of " + c[0] + " is not empty");
        }
    }

    @Test
    void npyImagesThatAreNotHuAreRefusedAndConvertedOnlyOnRequest() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("npy"));
        CliTestSupport.Run r = CliTestSupport.run("dicom2npy", small.toString(), "--output", dir.toString());
        assertEquals(Main.OK, r.code(), r.err());
        ShortVolume hu = (ShortVolume) NpyReader.read(dir.resolve("p128x128.npy"));
        Files.delete(dir.resolve("p128x128.npy"));
        // as a scanner would store it: uint16 HU + 1024, clipped at 0
        short[] stored = new short[hu.data().length];
        short[] clipped = new short[stored.length];
        for (int i = 0; i < stored.length; i++) {
            clipped[i] = (short) Math.max(hu.data()[i], -1024);
            stored[i] = (short) (clipped[i] + 1024);
        }
        writeUint16(dir.resolve("u.npy"), hu.dims(), stored);
        NpyWriter.write(dir.resolve("mask.npy"), new MaskVolume("m", new Dims(2, 2, 2), Spacing.UNIT, new boolean[8]));
        r = CliTestSupport.run("segment", dir.toString(), "--threads", "2");
        assertEquals(Main.SOME_FAILED, r.code());
        assertTrue(r.err().contains("u: error: " + dir.resolve("u.npy") + ": holds uint16 values: stored values,"
                + " not Hounsfield units"), r.err());
        assertTrue(r.err().contains("mask: error: " + dir.resolve("mask.npy") + ": holds a bool array"), r.err());
        assertFalse(Files.exists(dir.resolve("segmentation_u.npy")));
        Files.delete(dir.resolve("mask.npy"));

        r = CliTestSupport.run("segment", dir.toString(), "--threads", "2", "--stored-offset", "1024");
        assertEquals(Main.OK, r.code(), r.err());
        Files.delete(dir.resolve("u.npy"));
        NpyWriter.write(dir.resolve("u.npy"), new ShortVolume("u", hu.dims(), hu.spacing(), clipped));
        Path ref = Files.createDirectories(tmp.resolve("ref"));
        Files.copy(dir.resolve("u.npy"), ref.resolve("u.npy"));
        r = CliTestSupport.run("segment", ref.toString(), "--threads", "2");
        assertEquals(Main.OK, r.code(), r.err());
        assertArrayEquals(((ByteVolume) NpyReader.read(ref.resolve("segmentation_u.npy"))).data(),
                ((ByteVolume) NpyReader.read(dir.resolve("segmentation_u.npy"))).data(),
                "the converted uint16 image segments as its HU image");

        // a label file with a code that is none: npy2dicom refuses it, naming the file
        NpyWriter.write(dir.resolve("segmentation_x.npy"),
                new ByteVolume("x", new Dims(1, 2, 2), Spacing.UNIT, new byte[] {0, 1, 8, 2}));
        r = CliTestSupport.run("npy2dicom", dir.toString(), "--no-cylinder");
        assertEquals(Main.SOME_FAILED, r.code());
        assertTrue(r.err().contains("x: error: label volume " + dir.resolve("segmentation_x.npy")
                + " holds 1 voxels that are not label codes 0..7"), r.err());
        assertFalse(Files.exists(dir.resolve("segmentation_x")));
    }

    @Test
    void reversedSliceOrderAndMrAreRefusedAndNoImageIsWritten() throws Exception {
        Path root = tmp.resolve("in");
        Path rev = copy(small, root, "rev");
        List<Path> f = files(rev);
        for (int z = 0; z < f.size(); z++) {
            int n = f.size() - z;
            edit(f.get(z), l -> l.putNewAttribute(TagFromName.InstanceNumber).addValue(n));
        }
        Path mr = copy(small, root, "mr");
        for (Path p : files(mr)) {
            edit(p, l -> l.putNewAttribute(TagFromName.Modality).addValue("MR"));
        }
        Path out = tmp.resolve("out");
        CliTestSupport.Run r = CliTestSupport.run("dicom2npy", root.toString(), "--output", out.toString());
        assertEquals(Main.SOME_FAILED, r.code());
        assertTrue(r.err().contains("rev: error: the slices of the series in " + rev + " seem to be in reverse order"),
                r.err());
        assertTrue(r.err().contains("mr: error: DICOM file ") && r.err().contains("has Modality 'MR'"), r.err());
        assertFalse(Files.exists(out.resolve("rev.npy")));
        assertFalse(Files.exists(out.resolve("mr.npy")));
        r = CliTestSupport.run("dicom2npy", mr.toString(), "--output", out.toString(), "--any-modality");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("mr.npy")));
        assertEquals(DicomSeriesWriter.fileName(0), f.get(0).getFileName().toString());
    }

    /** {@code words} (all in 0..32767) as a uint16 .npy: written as int16, then the dtype in the header patched. */
    private static void writeUint16(Path file, Dims d, short[] words) throws Exception {
        NpyWriter.write(file, new ShortVolume("u", d, Spacing.UNIT, words));
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("'<i2'"), "int16 header");
        Files.write(file, text.replaceFirst("'<i2'", "'<u2'").getBytes(StandardCharsets.ISO_8859_1));
    }
}
