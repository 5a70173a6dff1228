package org.breastct.knime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a volume cell writes to and reads from its file store, without KNIME. */
class VolumeFilesTest {

    @TempDir
    Path dir;

    @Test
    void imageRoundTripsWithIdAndSpacing() throws IOException {
        short[] hu = {-1024, -500, 0, 100, 2000, -1, 7, 8, 9, 10, 11, 12};
        ShortVolume v = new ShortVolume("B01", new Dims(2, 2, 3), new Spacing(0.5, 0.3, 0.3), hu);
        Path f = dir.resolve("sub/row0_image.npy");
        VolumeMetadata m = VolumeFiles.write(f, v, Progress.NONE);
        assertEquals(VolumeMetadata.of(v), m);
        Volume back = VolumeFiles.read(f, m, Progress.NONE);
        assertTrue(back instanceof ShortVolume);
        assertEquals("B01", back.id());
        assertEquals(new Spacing(0.5, 0.3, 0.3), back.spacing());
        assertArrayEquals(hu, ((ShortVolume) back).data());
    }

    @Test
    void labelsAndOneSliceMasksRoundTrip() throws IOException {
        ByteVolume labels = new ByteVolume("B02", new Dims(1, 2, 2), Spacing.BREAST_CT, new byte[]{0, 1, 2, (byte) 255});
        VolumeMetadata ml = VolumeFiles.write(dir.resolve("l.npy"), labels, Progress.NONE);
        assertArrayEquals(labels.data(), ((ByteVolume) VolumeFiles.read(dir.resolve("l.npy"), ml, Progress.NONE)).data());
        MaskVolume ring = new MaskVolume("B02_cylinder", Dims.slice(2, 3), Spacing.BREAST_CT,
                new boolean[]{true, false, false, false, false, true});
        VolumeMetadata mm = VolumeFiles.write(dir.resolve("c.npy"), ring, Progress.NONE);
        MaskVolume back = (MaskVolume) VolumeFiles.read(dir.resolve("c.npy"), mm, Progress.NONE);
        assertEquals(Dims.slice(2, 3), back.dims());
        assertArrayEquals(ring.data(), back.data());
    }

    @Test
    void aFileThatDoesNotMatchTheCellIsAnError() throws IOException {
        ByteVolume labels = ByteVolume.zeros("B03", new Dims(1, 2, 2), Spacing.UNIT);
        VolumeMetadata m = VolumeFiles.write(dir.resolve("l.npy"), labels, Progress.NONE);
        VolumeMetadata wrong = new VolumeMetadata("B03", m.type(), new Dims(2, 2, 2), m.spacing());
        IOException e = assertThrows(IOException.class, () -> VolumeFiles.read(dir.resolve("l.npy"), wrong,
                Progress.NONE));
        assertTrue(e.getMessage().contains("B03"), e.getMessage());
    }

    @Test
    void coronalSliceIsTheSliceOfTheWholeVolume() throws IOException {
        // hand-made values: voxel (z, y, x) = 100 z + 10 y + x - 300
        Dims d = new Dims(3, 2, 4);
        short[] hu = new short[d.size()];
        byte[] lab = new byte[d.size()];
        boolean[] mask = new boolean[d.size()];
        for (int z = 0; z < 3; z++) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 4; x++) {
                    hu[d.index(z, y, x)] = (short) (100 * z + 10 * y + x - 300);
                    lab[d.index(z, y, x)] = (byte) (z == 1 ? 200 + x : x);
                    mask[d.index(z, y, x)] = (x + y + z) % 2 == 0;
                }
            }
        }
        Spacing sp = new Spacing(0.5, 0.3, 0.3);
        VolumeMetadata mi = VolumeFiles.write(dir.resolve("i.npy"), new ShortVolume("B", d, sp, hu), Progress.NONE);
        VolumeMetadata ml = VolumeFiles.write(dir.resolve("l.npy"), new ByteVolume("B", d, sp, lab), Progress.NONE);
        VolumeMetadata mm = VolumeFiles.write(dir.resolve("m.npy"), new MaskVolume("B", d, sp, mask), Progress.NONE);

        ShortVolume s = (ShortVolume) VolumeFiles.readCoronalSlice(dir.resolve("i.npy"), mi, 1);
        assertEquals(new Dims(1, 2, 4), s.dims());
        assertEquals("B", s.id());
        assertEquals(sp, s.spacing());
        assertArrayEquals(new short[] {-200, -199, -198, -197, -190, -189, -188, -187}, s.data());
        ByteVolume l = (ByteVolume) VolumeFiles.readCoronalSlice(dir.resolve("l.npy"), ml, 1);
        assertEquals(203, l.get(0, 1, 3));
        assertEquals(200, l.get(0, 0, 0));
        MaskVolume m = (MaskVolume) VolumeFiles.readCoronalSlice(dir.resolve("m.npy"), mm, 2);
        assertTrue(m.get(0, 0, 0));
        assertTrue(!m.get(0, 0, 1));
        assertTrue(m.get(0, 1, 1));

        IOException e = assertThrows(IOException.class, () -> VolumeFiles.readCoronalSlice(dir.resolve("i.npy"), mi, 3));
        assertTrue(e.getMessage().contains("'B'") && e.getMessage().contains("slice 3"), e.getMessage());
    }

    @Test
    void coronalSliceOfAFileInAnotherDtypeIsCopiedFromTheWholeRead() throws IOException {
        // an int16 volume claimed to be read as uint8 labels: the fallback path converts the whole file
        ShortVolume v = new ShortVolume("C", new Dims(2, 1, 3), Spacing.UNIT, new short[] {0, 1, 2, 3, 4, 5});
        Path f = dir.resolve("c.npy");
        VolumeFiles.write(f, v, Progress.NONE);
        VolumeMetadata asLabels = new VolumeMetadata("C", org.breastct.volume.VoxelType.UINT8, v.dims(), Spacing.UNIT);
        ByteVolume s = (ByteVolume) VolumeFiles.readCoronalSlice(f, asLabels, 1);
        assertArrayEquals(new byte[] {3, 4, 5}, s.data());
    }
}
