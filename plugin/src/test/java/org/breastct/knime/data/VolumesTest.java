package org.breastct.knime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.junit.jupiter.api.Test;

class VolumesTest {

    @Test
    void withIdAndSpacingKeepsTheVoxels() {
        ShortVolume s = ShortVolume.zeros("a", new Dims(1, 2, 2), Spacing.UNIT);
        Volume v = Volumes.withIdAndSpacing(s, "b", Spacing.BREAST_CT);
        assertEquals("b", v.id());
        assertEquals(Spacing.BREAST_CT, v.spacing());
        assertSame(s.data(), ((ShortVolume) v).data());
        assertEquals("b", Volumes.withIdAndSpacing(ByteVolume.zeros("a", new Dims(1, 1, 1), Spacing.UNIT), "b",
                Spacing.UNIT).id());
        assertEquals("b", Volumes.withIdAndSpacing(MaskVolume.empty("a", new Dims(1, 1, 1), Spacing.UNIT), "b",
                Spacing.UNIT).id());
    }

    @Test
    void typeChecksNameTheVolume() {
        ByteVolume b = ByteVolume.zeros("B07", new Dims(1, 1, 1), Spacing.UNIT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Volumes.asImage(b, "HU image"));
        assertEquals("HU image 'B07' is uint8, expected an int16 HU image", e.getMessage());
        assertSame(b, Volumes.asLabels(b, "labels"));
        assertThrows(IllegalArgumentException.class, () -> Volumes.asMask(b, "cylinder"));
    }
}
