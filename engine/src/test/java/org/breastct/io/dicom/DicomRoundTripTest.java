package org.breastct.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image series written by {@link DicomSeriesWriter#writeImages} and read back by
 * {@link DicomSeriesReader}, compared with a brute-force re-statement of docs/method.md section 1
 * (sqrt formula, per-voxel loops) on random volumes (fixed seeds).
 */
class DicomRoundTripTest {

    @TempDir
    Path tmp;

    private static final int NZ = 9;
    private static final int NY = 24;
    private static final int NX = 30;

    /**
     * Random HU in [-1024, 2000] on slices below {@code full}; on the others only pixels outside
     * radius C/2 - 5 are random (inside -1024), so those slices are empty only after the removal.
     */
    private static ShortVolume randomVolume(long seed, int full) {
        Random rnd = new Random(seed);
        ShortVolume v = ShortVolume.zeros("rt" + seed, new Dims(NZ, NY, NX), new Spacing(0.25, 0.3, 0.35));
        for (int z = 0; z < NZ; z++) {
            for (int i = 0; i < NY; i++) {
                for (int j = 0; j < NX; j++) {
                    boolean outside = Math.sqrt(Math.pow(i + 1 - NY / 2.0, 2) + Math.pow(j + 1 - NX / 2.0, 2))
                            > NX / 2.0 - 5;
                    short hu = (short) (-1024 + rnd.nextInt(3025));
                    v.set(z, i, j, z < full || outside ? hu : -1024);
                }
            }
        }
        return v;
    }

    @Test
    void imageSeriesReadsBackExactly() throws Exception {
        ShortVolume v = randomVolume(11, NZ);
        v.set(0, 0, 0, Short.MIN_VALUE);
        v.set(0, 0, 1, (short) 31743);
        Path target = tmp.resolve("img");
        DicomSeriesWriter.writeImages(v, target, DicomWriteOptions.DEFAULTS, Progress.NONE);
        DicomSeries s = DicomSeriesReader.read(target,
                DicomReadOptions.DEFAULTS.withRemoveCylinder(false).withTrim(false), Progress.NONE);
        assertArrayEquals(v.data(), s.volume().data());
        assertEquals(0.25, s.volume().spacing().z(), 1e-12);
        assertEquals(0.3, s.volume().spacing().y(), 1e-12);
        assertEquals(0.35, s.volume().spacing().x(), 1e-12);
        assertEquals("img", s.volume().id());
        assertEquals("rt11", s.info().patientId()); // PatientID = the volume id without a template
        assertEquals(DicomSeriesWriter.IMAGE_DESCRIPTION, s.info().seriesDescription());
    }

    @Test
    void paddedSeriesThroughAllStepsMatchesBruteForce() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            int full = 4 + (int) seed; // slices [0, full) non-empty: l = full
            ShortVolume v = randomVolume(seed, full);
            Path target = tmp.resolve("pad" + seed);
            DicomSeriesWriter.writeImages(v, target, DicomWriteOptions.DEFAULTS.withPadOutsideCircle(true),
                    Progress.NONE);
            int margin = 5;
            DicomSeries s = DicomSeriesReader.read(target, DicomReadOptions.DEFAULTS.withCylinderMargin(margin),
                    Progress.NONE);

            // brute force: padding (outside C/2) reads as 0 stored -> -1024 HU
            short[] hu = v.data().clone();
            for (int z = 0; z < NZ; z++) {
                for (int i = 0; i < NY; i++) {
                    for (int j = 0; j < NX; j++) {
                        double r = Math.sqrt(Math.pow(i + 1 - NY / 2.0, 2) + Math.pow(j + 1 - NX / 2.0, 2));
                        if (r > NX / 2.0) {
                            hu[(z * NY + i) * NX + j] = -1024;
                        }
                    }
                }
            }
            boolean[] ring = new boolean[NY * NX];
            for (int i = 0; i < NY; i++) {
                for (int j = 0; j < NX; j++) {
                    double r = Math.sqrt(Math.pow(i + 1 - NY / 2.0, 2) + Math.pow(j + 1 - NX / 2.0, 2));
                    ring[i * NX + j] = r > NX / 2.0 - margin && hu[(3 * NY + i) * NX + j] > -500;
                    if (r > NX / 2.0 - margin) {
                        for (int z = 0; z < NZ; z++) {
                            hu[(z * NY + i) * NX + j] = -1024;
                        }
                    }
                }
            }
            int l = 0;
            for (int z = 0; z < NZ; z++) {
                boolean any = false;
                for (int k = 0; k < NY * NX; k++) {
                    any |= hu[z * NY * NX + k] > -500;
                }
                l += any ? 1 : 0;
            }
            assertEquals(full, l, "test setup: the removal empties the slices from " + full + " on");
            short[] kept = java.util.Arrays.copyOfRange(hu, 3 * NY * NX, l * NY * NX);

            assertEquals(new Dims(l - 3, NY, NX), s.volume().dims());
            assertArrayEquals(kept, s.volume().data(), "seed " + seed);
            assertArrayEquals(ring, s.cylinderRing().data(), "seed " + seed);
            int ringCount = 0;
            for (boolean b : ring) {
                ringCount += b ? 1 : 0;
            }
            assertTrue(ringCount > 0, "the ring is not empty (the scripts' defect)");
            assertEquals(java.util.List.of(), s.warnings());
        }
    }
}
