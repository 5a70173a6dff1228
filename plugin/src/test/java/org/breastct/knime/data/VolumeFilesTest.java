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
}
