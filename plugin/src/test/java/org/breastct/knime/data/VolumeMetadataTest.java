package org.breastct.knime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.Spacing;
import org.breastct.volume.VoxelType;
import org.junit.jupiter.api.Test;

class VolumeMetadataTest {

    private static byte[] encode(final VolumeMetadata m) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            m.write(out);
        }
        return bytes.toByteArray();
    }

    private static VolumeMetadata decode(final byte[] b) throws IOException {
        return VolumeMetadata.read(new DataInputStream(new ByteArrayInputStream(b)));
    }

    @Test
    void describeIsWhatTheTableShows() {
        VolumeMetadata m = new VolumeMetadata("B01", VoxelType.INT16, new Dims(400, 640, 640), Spacing.BREAST_CT);
        assertEquals("int16 400x640x640, 0.30 mm", m.describe());
        VolumeMetadata a = new VolumeMetadata("B01", VoxelType.BOOL, new Dims(1, 640, 640), new Spacing(1.0, 0.3, 0.3));
        assertEquals("bool 1x640x640, 1.00x0.30x0.30 mm", a.describe());
    }

    @Test
    void encodingRoundTripsEveryType() throws IOException {
        for (VoxelType t : VoxelType.values()) {
            VolumeMetadata m = new VolumeMetadata("breast ü/1", t, new Dims(3, 5, 7), new Spacing(0.5, 0.3, 0.25));
            assertEquals(m, decode(encode(m)));
        }
    }

    @Test
    void ofVolumeTakesIdTypeShapeAndSpacing() {
        ByteVolume v = ByteVolume.zeros("x", new Dims(2, 3, 4), Spacing.BREAST_CT);
        assertEquals(new VolumeMetadata("x", VoxelType.UINT8, new Dims(2, 3, 4), Spacing.BREAST_CT),
                VolumeMetadata.of(v));
    }

    @Test
    void unknownFormatOrCorruptValuesAreIoErrors() throws IOException {
        byte[] b = encode(new VolumeMetadata("x", VoxelType.UINT8, new Dims(2, 3, 4), Spacing.BREAST_CT));
        byte[] future = b.clone();
        future[0] = 9;
        assertThrows(IOException.class, () -> decode(future));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VolumeMetadata.FORMAT);
            out.writeUTF("x");
            out.writeUTF("float32");
            out.writeInt(1);
            out.writeInt(1);
            out.writeInt(1);
            out.writeDouble(1);
            out.writeDouble(1);
            out.writeDouble(1);
        }
        assertThrows(IOException.class, () -> decode(bytes.toByteArray()));
    }
}
