package org.breastct.io.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.breastct.io.BreastFileNames;
import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.preprocessing.HuPlausibility;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.VolumeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HU images and label volumes that are not what they claim are refused (issue 12, items 3, 6, 8). */
class NpyVolumesTest {

    @TempDir
    Path tmp;

    static ShortVolume image;

    @BeforeAll
    static void phantom() {
        image = PhantomGenerator.generate(PhantomSpec.DEFAULT.withShape(20, 128, 128).withSeed(2),
                TaskExecutor.sequential(), Progress.NONE).image();
    }

    /** {@code words} as a .npy of dtype {@code descr} ('<u2' or '<i2'): written as int16, the header's dtype patched. */
    private static void write16(Path file, String descr, Dims d, short[] words) throws Exception {
        NpyWriter.write(file, new ShortVolume("w", d, Spacing.UNIT, words));
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Files.write(file, text.replaceFirst("'<i2'", "'" + descr + "'").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static short[] plus(short[] hu, int offset) {
        short[] s = new short[hu.length];
        for (int i = 0; i < hu.length; i++) {
            s[i] = (short) (hu[i] + offset);
        }
        return s;
    }

    @Test
    void anHuImageReadsBackUnchanged() throws Exception {
        Path f = tmp.resolve("p.npy");
        NpyWriter.write(f, image);
        ShortVolume v = NpyVolumes.readHuImage(f, NpyVolumes.ImageOptions.DEFAULTS, Spacing.BREAST_CT, Progress.NONE);
        assertArrayEquals(image.data(), v.data());
    }

    @Test
    void unsignedStoredValuesAreRefusedWithoutAnOffsetAndConvertedWithIt() throws Exception {
        Path f = tmp.resolve("u16.npy");
        short[] hu = image.data().clone();
        for (int i = 0; i < hu.length; i++) {
            hu[i] = (short) Math.max(hu[i], -1024); // stored values start at 0
        }
        write16(f, "<u2", image.dims(), plus(hu, 1024));
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyVolumes.readHuImage(f,
                NpyVolumes.ImageOptions.DEFAULTS, Spacing.BREAST_CT, Progress.NONE));
        assertTrue(e.getMessage().startsWith(f + ": holds uint16 values: stored values, not Hounsfield units")
                && e.getMessage().contains("--stored-offset 1024"), e.getMessage());
        ShortVolume v = NpyVolumes.readHuImage(f, NpyVolumes.ImageOptions.DEFAULTS.withStoredOffset(1024),
                Spacing.BREAST_CT, Progress.NONE);
        assertArrayEquals(hu, v.data());
        // uint8 is refused the same way
        Path g = tmp.resolve("u8.npy");
        NpyWriter.write(g, new ByteVolume("u8", new Dims(1, 1, 2), Spacing.UNIT, new byte[] {1, 2}));
        assertTrue(assertThrows(NpyFormatException.class, () -> NpyVolumes.readHuImage(g,
                NpyVolumes.ImageOptions.DEFAULTS, Spacing.UNIT, Progress.NONE)).getMessage().contains("holds uint8"));
    }

    @Test
    void aBoolImageIsRefused() throws Exception {
        Path f = tmp.resolve("mask.npy");
        NpyWriter.write(f, new MaskVolume("m", new Dims(1, 1, 2), Spacing.UNIT, new boolean[] {true, false}));
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyVolumes.readHuImage(f,
                NpyVolumes.ImageOptions.DEFAULTS, Spacing.UNIT, Progress.NONE));
        assertEquals(f + ": holds a bool array (a mask), not an HU image (int16)", e.getMessage());
    }

    @Test
    void storedValuesAsInt16FailThePlausibilityCheckUnlessSwitchedOff() throws Exception {
        Path f = tmp.resolve("shifted.npy");
        write16(f, "<i2", image.dims(), plus(image.data(), 1024));
        VolumeException e = assertThrows(VolumeException.class, () -> NpyVolumes.readHuImage(f,
                NpyVolumes.ImageOptions.DEFAULTS, Spacing.UNIT, Progress.NONE));
        assertTrue(e.getMessage().startsWith("image " + f + " does not look like a CT image in Hounsfield units:"
                + " only 0.00 % of its voxels are below -500 HU"), e.getMessage());
        ShortVolume v = NpyVolumes.readHuImage(f, NpyVolumes.ImageOptions.DEFAULTS.withCheckPlausible(false),
                Spacing.UNIT, Progress.NONE);
        assertEquals(image.data()[0] + 1024, v.data()[0]);
    }

    @Test
    void plausibilityRefusesValuesBelowTheCtScale() {
        short[] d = image.data().clone();
        d[7] = -3000;
        d[9] = -2049;
        VolumeException e = assertThrows(VolumeException.class,
                () -> HuPlausibility.check(new ShortVolume("x", image.dims(), Spacing.UNIT, d), "volume x"));
        assertEquals("volume x does not look like a CT image in Hounsfield units: 2 voxels are below -2048 HU"
                + " (minimum -3000), outside the CT scale", e.getMessage());
    }

    @Test
    void labelsMustBeKnownCodesAndNotBool() throws Exception {
        Path ok = tmp.resolve("segmentation_a.npy");
        NpyWriter.write(ok, new ByteVolume("a", new Dims(1, 2, 2), Spacing.UNIT, new byte[] {0, 1, 7, 3}));
        assertArrayEquals(new byte[] {0, 1, 7, 3}, NpyVolumes.readLabels(ok, Spacing.UNIT, Progress.NONE).data());

        Path bad = tmp.resolve("segmentation_b.npy");
        NpyWriter.write(bad, new ByteVolume("b", new Dims(2, 2, 2), Spacing.UNIT, new byte[] {0, 1, 2, 3, 4, 8,
            (byte) 200, 0}));
        VolumeException e = assertThrows(VolumeException.class,
                () -> NpyVolumes.readLabels(bad, Spacing.UNIT, Progress.NONE));
        assertEquals("label volume " + bad + " holds 2 voxels that are not label codes 0..7 (first: 8 at [1, 0, 1]);"
                + " it is not a segmentation of this program", e.getMessage());

        Path mask = tmp.resolve("segmentation_c.npy");
        NpyWriter.write(mask, new MaskVolume("c", new Dims(1, 1, 2), Spacing.UNIT, new boolean[] {true, false}));
        assertTrue(assertThrows(NpyFormatException.class, () -> NpyVolumes.readLabels(mask, Spacing.UNIT,
                Progress.NONE)).getMessage().contains("holds a bool array (a mask), not a label volume"));
    }

    @Test
    void oneCylinderRingPerMatrixSize() throws Exception {
        MaskVolume a = new MaskVolume("a", Dims.slice(2, 3), Spacing.UNIT, new boolean[] {true, false, false, false,
            false, true});
        MaskVolume a2 = new MaskVolume("a2", Dims.slice(2, 3), Spacing.UNIT, new boolean[6]);
        MaskVolume b = new MaskVolume("b", Dims.slice(3, 2), Spacing.UNIT, new boolean[] {false, true, false, false,
            false, false});
        assertEquals(tmp.resolve(BreastFileNames.CYLINDER_FILE), CylinderRingFiles.save(tmp, a));
        assertNull(CylinderRingFiles.save(tmp, a2), "a ring of that size is there: kept (first one wins)");
        assertEquals(tmp.resolve("cylinder_3x2.npy"), CylinderRingFiles.save(tmp, b));
        assertArrayEquals(a.data(), CylinderRingFiles.find(tmp, 2, 3).ring().data());
        assertArrayEquals(b.data(), CylinderRingFiles.find(tmp, 3, 2).ring().data());
        CylinderRingFiles.Found none = CylinderRingFiles.find(tmp, 4, 4);
        assertNull(none.ring());
        assertEquals("no cylinder ring for 4 x 4 slices in " + tmp + ": neither cylinder.npy of that size nor"
                + " cylinder_4x4.npy (cylinder.npy is 2 x 3)", none.note());
        assertTrue(!BreastFileNames.isImageFile("cylinder_3x2.npy"), "ring files are not images of the batch");
    }
}
