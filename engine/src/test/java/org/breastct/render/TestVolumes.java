package org.breastct.render;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/** Small hand-built volumes for the render tests. */
final class TestVolumes {

    static final Dims DIMS = new Dims(12, 20, 24);

    private TestVolumes() {
    }

    /** HU(z, y, x) = z * 1000 + y * 30 + x: every voxel tells where it came from. */
    static ShortVolume coded() {
        ShortVolume v = ShortVolume.zeros("b1", DIMS, Spacing.BREAST_CT);
        for (int z = 0; z < DIMS.nz(); z++) {
            for (int y = 0; y < DIMS.ny(); y++) {
                for (int x = 0; x < DIMS.nx(); x++) {
                    v.set(z, y, x, (short) (z * 1000 + y * 30 + x));
                }
            }
        }
        return v;
    }

    /**
     * Labels: slices 0..8: fat (1) in rows 5..14, columns 6..17, with glands (2) in rows 8..9,
     * columns 10..11, and skin (3) in row 5; slice 0 also has muscle (4) at rows 14 and columns
     * 6..9; slice 9: glands at (3, 10), (4, 10), (4, 14) only; slices 10 and 11 empty.
     * Tip: slice 9, row trunc(11 / 3) = 3, column trunc(34 / 3) = 11.
     */
    static ByteVolume labels() {
        ByteVolume v = ByteVolume.zeros("segmentation_b1", DIMS, Spacing.BREAST_CT);
        for (int z = 0; z <= 8; z++) {
            for (int y = 5; y <= 14; y++) {
                for (int x = 6; x <= 17; x++) {
                    int l = 1;
                    if (y == 5) {
                        l = 3;
                    } else if (y >= 8 && y <= 9 && x >= 10 && x <= 11) {
                        l = 2;
                    } else if (z == 0 && y == 14 && x <= 9) {
                        l = 4;
                    }
                    v.set(z, y, x, l);
                }
            }
        }
        v.set(9, 3, 10, 2);
        v.set(9, 4, 10, 2);
        v.set(9, 4, 14, 2);
        return v;
    }

    /** HU image matching {@link #labels()}: air -1024, fat -412 (grey 128), glands -100, skin 0, muscle 50. */
    static ShortVolume image() {
        ByteVolume lab = labels();
        short[] hu = new short[DIMS.size()];
        short[] byLabel = {-1024, -412, -100, 0, 50};
        for (int i = 0; i < hu.length; i++) {
            hu[i] = byLabel[lab.intAt(i)];
        }
        return new ShortVolume("b1", DIMS, Spacing.BREAST_CT, hu);
    }
}
