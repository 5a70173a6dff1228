package org.breastct.phantom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

class ScannerExportTest {

    /** 4 slices of 100 x 100: a disc of radius 10 at 0 HU on slices 0-2, slice 3 air. */
    private static ShortVolume discs() {
        Dims d = new Dims(4, 100, 100);
        short[] v = new short[d.size()];
        Arrays.fill(v, (short) -1024);
        for (int z = 0; z < 3; z++) {
            for (int y = 0; y < 100; y++) {
                for (int x = 0; x < 100; x++) {
                    if (Math.hypot(y - 49, x - 49) <= 10) {
                        v[d.index(z, y, x)] = 0;
                    }
                }
            }
        }
        return new ShortVolume("discs", d, Spacing.BREAST_CT, v);
    }

    @Test
    void prependsDummiesAndDrawsRingAndPadding() {
        ShortVolume in = discs();
        ShortVolume out = ScannerExport.asScannerSeries(in, 3, 30, 5);
        assertEquals(new Dims(7, 100, 100), out.dims());
        assertEquals("discs", out.id());
        assertEquals(Spacing.BREAST_CT, out.spacing());
        // C/2 = 50: padding beyond 50, ring from 22 to 48 (margin 30), input elsewhere
        for (int z = 0; z < 7; z++) {
            long ring = 0;
            for (int i = 0; i < 100; i++) {
                for (int j = 0; j < 100; j++) {
                    double r = Math.hypot(i + 1 - 50, j + 1 - 50);
                    short v = out.get(z, i, j);
                    if (r > 50) {
                        assertEquals(ScannerExport.PADDING, v, "padding at " + z + "," + i + "," + j);
                    } else if (r >= 22 && r <= 48) {
                        assertTrue(v >= 100 - 35 && v <= 100 + 35, "ring value " + v + " at " + z + "," + i + "," + j);
                        ring++;
                    } else if (z >= 3) {
                        assertEquals(in.get(z - 3, i, j), v, "input at " + (z - 3) + "," + i + "," + j);
                    }
                }
            }
            assertTrue(ring > 5000, "ring pixels on slice " + z + ": " + ring);
        }
    }

    @Test
    void dummiesAreNoisyButNotEmptyInsideTheKeptRadius() {
        ShortVolume out = ScannerExport.asScannerSeries(discs(), 3, 30, 5);
        for (int z = 0; z < 3; z++) {
            long above = 0;
            long differs = 0;
            for (int i = 0; i < 100; i++) {
                for (int j = 0; j < 100; j++) {
                    if (Math.hypot(i + 1 - 50, j + 1 - 50) <= 20) {
                        above += out.get(z, i, j) > -500 ? 1 : 0;
                        differs += out.get(z, i, j) != discs().get(0, i, j) ? 1 : 0;
                    }
                }
            }
            assertTrue(above > 100, "dummy " + z + " has " + above + " voxels > -500 inside the kept radius");
            assertTrue(differs > 500, "dummy " + z + " is not noisy");
        }
    }

    @Test
    void dummiesOfAnEmptyFirstSliceGetADisc() {
        ShortVolume air = new ShortVolume("air", new Dims(2, 100, 100), Spacing.UNIT, filled(2 * 100 * 100, -1024));
        ShortVolume out = ScannerExport.asScannerSeries(air, 3, 30, 1);
        for (int z = 0; z < 3; z++) {
            assertTrue(out.get(z, 49, 49) > -500, "dummy " + z + " centre " + out.get(z, 49, 49));
        }
    }

    @Test
    void withoutDummiesTheInputSlicesComeFirst() {
        ShortVolume in = discs();
        ShortVolume out = ScannerExport.asScannerSeries(in, 0, 4, 1);
        assertEquals(in.dims(), out.dims());
        // margin 4: ring from r = 48 to 48, padding beyond 50
        assertEquals(in.get(1, 49, 49), out.get(1, 49, 49));
        assertEquals(ScannerExport.PADDING, out.get(0, 0, 0));
        assertTrue(out.get(2, 49, 1) > 0, "ring pixel at r = 48: " + out.get(2, 49, 1));
    }

    @Test
    void sameSeedSameSeries() {
        assertArrayEquals(ScannerExport.asScannerSeries(discs(), 3, 30, 9).data(),
                ScannerExport.asScannerSeries(discs(), 3, 30, 9).data());
    }

    @Test
    void rejectsBadArguments() {
        ShortVolume in = discs();
        assertThrows(IllegalArgumentException.class, () -> ScannerExport.asScannerSeries(in, -1, 30, 1));
        assertThrows(IllegalArgumentException.class, () -> ScannerExport.asScannerSeries(in, 3, 3, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScannerExport.asScannerSeries(in, 3, 33, 1));
        assertTrue(e.getMessage().contains("33"), e.getMessage());
    }

    /** The importer's steps 1.2-1.4 written out independently: what the DICOM reader will do. */
    private static ShortVolume importLikeTheScripts(ShortVolume series) {
        Dims d = series.dims();
        int ny = d.ny();
        int nx = d.nx();
        short[] v = series.data().clone();
        for (int i = 0; i < v.length; i++) {
            if (v[i] == -2000) {
                v[i] = -1024; // stored 0 + intercept -1024
            }
        }
        int count = 0;
        for (int z = 0; z < d.nz(); z++) {
            boolean any = false;
            for (int i = 0; i < ny; i++) {
                for (int j = 0; j < nx; j++) {
                    int k = d.index(z, i, j);
                    if (Math.sqrt(Math.pow(i + 1 - ny / 2.0, 2) + Math.pow(j + 1 - nx / 2.0, 2)) > nx / 2.0 - 30) {
                        v[k] = -1024;
                    }
                    any |= v[k] > -500;
                }
            }
            count += any ? 1 : 0;
        }
        int keep = Math.max(0, count - 3);
        return new ShortVolume(series.id(), new Dims(keep, ny, nx), series.spacing(),
                Arrays.copyOfRange(v, 3 * ny * nx, (3 + keep) * ny * nx));
    }

    @Test
    void importerGivesTheDiscsBackWithoutTheTrailingAirSlice() {
        ShortVolume in = discs();
        ShortVolume back = importLikeTheScripts(ScannerExport.asScannerSeries(in, 3, 30, 2));
        assertEquals(new Dims(3, 100, 100), back.dims());
        assertArrayEquals(Arrays.copyOf(in.data(), 3 * 100 * 100), back.data());
        assertArrayEquals(back.data(), ScannerExport.expectedImport(in).data());
        assertEquals(back.dims(), ScannerExport.expectedImport(in).dims());
    }

    @Test
    void importerGivesThePhantomBackUpToItsTip() {
        Phantom p = TestPhantoms.get(TestPhantoms.FOLD);
        ShortVolume series = ScannerExport.asScannerSeries(p.image(), 7);
        ShortVolume back = importLikeTheScripts(series);
        ShortVolume expected = ScannerExport.expectedImport(p.image());
        assertEquals(expected.dims(), back.dims());
        assertArrayEquals(expected.data(), back.data());
        // the phantom has only (noisy) air beyond C/2 - 30, so the import is the phantom up to its last
        // non-empty slice with that corner region at exactly -1024
        Dims d = p.image().dims();
        int last = d.nz() - 1;
        while (!anyAbove(p.image(), last, -500)) {
            last--;
        }
        assertEquals(last + 1, back.dims().nz());
        short[] want = Arrays.copyOf(p.image().data(), (last + 1) * d.sliceSize());
        for (int z = 0; z <= last; z++) {
            for (int i = 0; i < d.ny(); i++) {
                for (int j = 0; j < d.nx(); j++) {
                    if (Math.hypot(i + 1 - d.ny() / 2.0, j + 1 - d.nx() / 2.0) > d.nx() / 2.0 - 30) {
                        assertTrue(want[d.index(z, i, j)] < -500);
                        want[d.index(z, i, j)] = -1024;
                    }
                }
            }
        }
        assertArrayEquals(want, back.data());
    }

    private static boolean anyAbove(ShortVolume v, int z, int hu) {
        int n = v.dims().sliceSize();
        for (int i = z * n; i < (z + 1) * n; i++) {
            if (v.data()[i] > hu) {
                return true;
            }
        }
        return false;
    }

    private static short[] filled(int n, int v) {
        short[] a = new short[n];
        Arrays.fill(a, (short) v);
        return a;
    }
}
