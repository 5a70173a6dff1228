package org.breastct.phantom;

import static org.breastct.phantom.TestPhantoms.get;
import static org.breastct.phantom.TestPhantoms.histogram;
import static org.breastct.phantom.TestPhantoms.label2d;
import static org.breastct.phantom.TestPhantoms.label3d;
import static org.breastct.phantom.TestPhantoms.meanHu;
import static org.breastct.phantom.TestPhantoms.sizes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

class PhantomGeneratorTest {

    private static final int AIR = 0;
    private static final int FAT = 1;
    private static final int GLANDS = 2;
    private static final int SKIN = 3;
    private static final int MUSCLE = 4;
    private static final int RIB = 5;
    private static final int FOLD = 6;
    private static final int IMPLANT = 7;

    // ---- determinism ----

    @Test
    void sameSpecGivesIdenticalVolumesForAnyThreadCount() {
        PhantomSpec spec = TestPhantoms.SMALL.withShape(40, 160, 160).withRibs(1).withSeed(11);
        Phantom a = PhantomGenerator.generate(spec, TaskExecutor.sequential(), Progress.NONE);
        Phantom b = PhantomGenerator.generate(spec, TaskExecutor.sequential(), Progress.NONE);
        assertArrayEquals(a.image().data(), b.image().data());
        assertArrayEquals(a.truth().data(), b.truth().data());
        for (int threads : new int[] {2, 3}) {
            try (TaskExecutor ex = TaskExecutor.withThreads(threads)) {
                Phantom c = PhantomGenerator.generate(spec, ex, Progress.NONE);
                assertArrayEquals(a.image().data(), c.image().data(), threads + " threads");
                assertArrayEquals(a.truth().data(), c.truth().data(), threads + " threads");
            }
        }
    }

    @Test
    void otherSeedGivesOtherVolume() {
        PhantomSpec spec = TestPhantoms.SMALL.withShape(30, 160, 160);
        Phantom a = PhantomGenerator.generate(spec, TaskExecutor.sequential(), Progress.NONE);
        Phantom b = PhantomGenerator.generate(spec.withSeed(2), TaskExecutor.sequential(), Progress.NONE);
        assertFalse(Arrays.equals(a.image().data(), b.image().data()));
        assertFalse(Arrays.equals(a.truth().data(), b.truth().data()));
    }

    @Test
    void volumesCarryShapeSpacingAndId() {
        Phantom p = get(TestPhantoms.SMALL);
        assertEquals(new Dims(60, 160, 160), p.image().dims());
        assertEquals(new Dims(60, 160, 160), p.truth().dims());
        assertEquals(Spacing.BREAST_CT, p.image().spacing());
        assertEquals("phantom_s1", p.image().id());
        assertEquals("phantom_s1", p.truth().id());
        assertEquals(TestPhantoms.SMALL, p.spec());
    }

    // ---- labels and HU ----

    @Test
    void plainPhantomHasAirFatGlandsSkinMuscleOnly() {
        long[] h = histogram(get(TestPhantoms.SMALL).truth().data());
        for (int c : new int[] {AIR, FAT, GLANDS, SKIN, MUSCLE}) {
            assertTrue(h[c] > 0, "code " + c + " missing");
        }
        for (int c = RIB; c < 256; c++) {
            assertEquals(0, h[c], "code " + c + " present");
        }
    }

    @Test
    void optionsAddTheirCodes() {
        long[] fold = histogram(get(TestPhantoms.FOLD).truth().data());
        assertTrue(fold[FOLD] > 0);
        assertEquals(0, fold[RIB]);
        assertEquals(0, fold[IMPLANT]);
        long[] ri = histogram(get(TestPhantoms.RIBS_IMPLANT).truth().data());
        assertTrue(ri[RIB] > 0);
        assertTrue(ri[IMPLANT] > 0);
        assertEquals(0, ri[FOLD]);
        for (long[] h : List.of(fold, ri)) {
            for (int c : new int[] {AIR, FAT, GLANDS, SKIN, MUSCLE}) {
                assertTrue(h[c] > 0, "code " + c + " missing");
            }
            for (int c = 8; c < 256; c++) {
                assertEquals(0, h[c]);
            }
        }
    }

    @Test
    void meanHuPerLabelMatchesTheMethodsThresholds() {
        for (PhantomSpec spec : List.of(TestPhantoms.SMALL, TestPhantoms.FOLD, TestPhantoms.RIBS_IMPLANT)) {
            Phantom p = get(spec);
            assertTrue(meanHu(p, AIR) < -1000, spec + " air " + meanHu(p, AIR));
            double fat = meanHu(p, FAT);
            assertTrue(fat > -265 && fat < -225, spec + " fat " + fat);
            assertTrue(meanHu(p, GLANDS) > -51, spec + " glands " + meanHu(p, GLANDS));
            assertTrue(meanHu(p, SKIN) > -180, spec + " skin " + meanHu(p, SKIN));
            assertTrue(meanHu(p, MUSCLE) > -100, spec + " muscle " + meanHu(p, MUSCLE));
        }
        Phantom ri = get(TestPhantoms.RIBS_IMPLANT);
        assertTrue(meanHu(ri, RIB) > 100, "rib " + meanHu(ri, RIB));
        assertTrue(meanHu(ri, IMPLANT) > 130, "implant " + meanHu(ri, IMPLANT));
        assertTrue(meanHu(get(TestPhantoms.FOLD), FOLD) > -500);
    }

    @Test
    void airStaysBelowMinus500AndTissueAboveIt() {
        for (PhantomSpec spec : List.of(TestPhantoms.SMALL, TestPhantoms.FOLD, TestPhantoms.RIBS_IMPLANT)) {
            Phantom p = get(spec);
            short[] img = p.image().data();
            byte[] t = p.truth().data();
            for (int i = 0; i < img.length; i++) {
                if (t[i] == AIR && img[i] >= -500) {
                    fail(spec + ": air voxel " + i + " has " + img[i] + " HU");
                }
                if (t[i] != AIR && t[i] != SKIN && t[i] != FOLD && img[i] <= -500) {
                    fail(spec + ": inner tissue voxel " + i + " (label " + t[i] + ") has " + img[i] + " HU");
                }
            }
        }
    }

    @Test
    void noiseFreeInteriorHasTheNominalHu() {
        PhantomSpec spec = TestPhantoms.SMALL.withShape(30, 160, 160).withNoiseHu(0).withGlandFraction(0);
        Phantom p = PhantomGenerator.generate(spec, TaskExecutor.sequential(), Progress.NONE);
        Dims d = p.image().dims();
        byte[] t = p.truth().data();
        short[] img = p.image().data();
        int checked = 0;
        for (int z = 1; z < d.nz() - 1; z++) {
            for (int y = 1; y < d.ny() - 1; y++) {
                for (int x = 1; x < d.nx() - 1; x++) {
                    int i = d.index(z, y, x);
                    if (uniform3x3x3(t, d, z, y, x)) {
                        int expected = switch (t[i]) {
                            case AIR -> -1024;
                            case FAT -> -255;
                            case SKIN -> 5;
                            case MUSCLE -> 40;
                            default -> throw new AssertionError("label " + t[i]);
                        };
                        assertEquals(expected, img[i], "voxel " + z + "," + y + "," + x);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100000);
        assertEquals(0, histogram(t)[GLANDS]);
    }

    private static boolean uniform3x3x3(byte[] t, Dims d, int z, int y, int x) {
        byte c = t[d.index(z, y, x)];
        for (int dz = -1; dz <= 1; dz++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (t[d.index(z + dz, y + dy, x + dx)] != c) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Test
    void glandsTakeTheRequestedFractionOfTheInterior() {
        for (double f : new double[] {0.1, 0.2, 0.4}) {
            Phantom p = f == 0.2 ? get(TestPhantoms.SMALL)
                    : PhantomGenerator.generate(TestPhantoms.SMALL.withGlandFraction(f), TaskExecutor.sequential(),
                            Progress.NONE);
            long[] h = histogram(p.truth().data());
            double got = h[GLANDS] / (double) (h[FAT] + h[GLANDS]);
            assertEquals(f, got, 0.02, "gland fraction");
        }
    }

    // ---- geometry ----

    @Test
    void breastSectionIsLargestAtSliceZeroAndTipEndsInTheLastTenSlices() {
        for (PhantomSpec spec : List.of(TestPhantoms.SMALL, TestPhantoms.FOLD, TestPhantoms.RIBS_IMPLANT)) {
            Phantom p = get(spec);
            Dims d = p.truth().dims();
            long[] area = breastArea(p);
            int last = -1;
            for (int z = 0; z < d.nz(); z++) {
                assertTrue(area[z] <= area[0], spec + ": slice " + z + " larger than slice 0");
                if (area[z] > 0) {
                    assertEquals(z, last + 1, spec + ": breast slices not contiguous at " + z);
                    last = z;
                }
            }
            assertTrue(last >= d.nz() - 9 && last <= d.nz() - 3, spec + ": tip at " + last + " of " + d.nz());
            // nothing at all after the tip, in truth or image
            short[] img = p.image().data();
            for (int i = (last + 1) * d.sliceSize(); i < img.length; i++) {
                assertEquals(AIR, p.truth().data()[i]);
                assertTrue(img[i] < -500);
            }
        }
    }

    @Test
    void tipIsOffCentreButInsideTheBreast() {
        Phantom p = get(PhantomSpec.DEFAULT.withShape(60, 320, 320));
        Dims d = p.truth().dims();
        long[] area = breastArea(p);
        int tip = d.nz() - 1;
        while (area[tip] == 0) {
            tip--;
        }
        double[] c0 = centre(p, 0);
        double[] ct = centre(p, tip);
        double shift = Math.hypot(ct[0] - c0[0], ct[1] - c0[1]);
        assertTrue(shift >= 2 && shift < 30, "tip shift " + shift);
    }

    private static long[] breastArea(Phantom p) {
        Dims d = p.truth().dims();
        byte[] t = p.truth().data();
        long[] area = new long[d.nz()];
        for (int i = 0; i < t.length; i++) {
            if (t[i] != AIR && t[i] != FOLD) {
                area[i / d.sliceSize()]++;
            }
        }
        return area;
    }

    private static double[] centre(Phantom p, int z) {
        Dims d = p.truth().dims();
        double sy = 0;
        double sx = 0;
        long n = 0;
        for (int y = 0; y < d.ny(); y++) {
            for (int x = 0; x < d.nx(); x++) {
                int c = p.truth().get(z, y, x);
                if (c != AIR && c != FOLD) {
                    sy += y;
                    sx += x;
                    n++;
                }
            }
        }
        return new double[] {sy / n, sx / n};
    }

    @Test
    void everythingLiesInsideTheImportersCylinderRadius() {
        for (PhantomSpec spec : List.of(TestPhantoms.SMALL, TestPhantoms.FOLD, TestPhantoms.RIBS_IMPLANT)) {
            Phantom p = get(spec);
            Dims d = p.truth().dims();
            double cut = d.nx() / 2.0 - 30;
            for (int z = 0; z < d.nz(); z++) {
                for (int y = 0; y < d.ny(); y++) {
                    for (int x = 0; x < d.nx(); x++) {
                        double r = Math.hypot(y + 1 - d.ny() / 2.0, x + 1 - d.nx() / 2.0);
                        if (r > cut - 2 && (p.truth().get(z, y, x) != AIR || p.image().get(z, y, x) > -500)) {
                            fail(spec + ": tissue at " + z + "," + y + "," + x + " radius " + r);
                        }
                    }
                }
            }
        }
    }

    @Test
    void skinIsAClosedShellFiveVoxelsThick() {
        Phantom p = get(TestPhantoms.SMALL);
        Dims d = p.truth().dims();
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 1; y < d.ny() - 1; y++) {
                for (int x = 1; x < d.nx() - 1; x++) {
                    int c = p.truth().get(z, y, x);
                    if (c == AIR || c == SKIN) {
                        continue;
                    }
                    if (p.truth().get(z, y - 1, x) == AIR || p.truth().get(z, y + 1, x) == AIR
                            || p.truth().get(z, y, x - 1) == AIR || p.truth().get(z, y, x + 1) == AIR) {
                        fail("label " + c + " at " + z + "," + y + "," + x + " touches air");
                    }
                }
            }
        }
        // along the centre row of slices near the chest wall (surface parallel to z) the skin is 5 voxels
        for (int z = 0; z < 6; z++) {
            int y = (int) Math.round(centre(p, z)[0]);
            int x = 0;
            while (p.truth().get(z, y, x) == AIR) {
                x++;
            }
            int run = 0;
            while (p.truth().get(z, y, x + run) == SKIN) {
                run++;
            }
            assertTrue(run >= 4 && run <= 6, "skin run " + run + " on slice " + z);
        }
    }

    @Test
    void muscleIsABandAtTheChestWallAwayFromTheSkin() {
        for (PhantomSpec spec : List.of(TestPhantoms.SMALL, TestPhantoms.FOLD, TestPhantoms.RIBS_IMPLANT)) {
            Phantom p = get(spec);
            Dims d = p.truth().dims();
            long[] muscle = new long[d.nz()];
            for (int z = 0; z < d.nz(); z++) {
                for (int y = 0; y < d.ny(); y++) {
                    for (int x = 0; x < d.nx(); x++) {
                        if (p.truth().get(z, y, x) == MUSCLE) {
                            muscle[z]++;
                            for (int dy = -4; dy <= 4; dy++) {
                                for (int dx = -4; dx <= 4; dx++) {
                                    if (dy * dy + dx * dx <= 16 && p.truth().get(z, y + dy, x + dx) == SKIN) {
                                        fail(spec + ": muscle within 4 voxels of skin at " + z + "," + y + "," + x);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            assertTrue(muscle[0] > 400, spec + ": muscle on slice 0: " + muscle[0]);
            int end = 0;
            while (end < d.nz() && muscle[end] > 0) {
                end++;
            }
            for (int z = end; z < d.nz(); z++) {
                assertEquals(0, muscle[z], spec + ": muscle on slice " + z + " after its end " + end);
            }
            assertTrue(end >= 3 && end <= Math.ceil(0.15 * d.nz()), spec + ": muscle ends at " + end);
        }
    }

    /**
     * The method's muscle seed without ribs or implant (docs/method.md 2.5): Gaussian (sigma 5,
     * reflect) of slice 0 above -5 HU inside the breast; its largest component must be muscle and
     * must not touch the skin.
     */
    @Test
    void smoothedChestWallSliceHasACompactMuscleCore() {
        for (PhantomSpec spec : List.of(TestPhantoms.SMALL, TestPhantoms.FOLD)) {
            Phantom p = get(spec);
            Dims d = p.truth().dims();
            int ny = d.ny();
            int nx = d.nx();
            double[] s = new double[ny * nx];
            for (int i = 0; i < s.length; i++) {
                s[i] = p.image().data()[i];
            }
            double[] g = gaussian(s, ny, nx, 5);
            boolean[] core = new boolean[ny * nx];
            for (int i = 0; i < core.length; i++) {
                core[i] = g[i] > -5 && p.image().data()[i] > -500;
            }
            int[] lab = label2d(core, ny, nx);
            long[] sz = sizes(lab);
            int best = 0;
            for (int l = 1; l < sz.length; l++) {
                if (sz[l] > sz[best] || best == 0) {
                    best = l;
                }
            }
            assertTrue(best > 0 && sz[best] > 100, spec + ": smoothed core " + (best > 0 ? sz[best] : 0));
            for (int i = 0; i < lab.length; i++) {
                if (lab[i] == best) {
                    int c = p.truth().data()[i];
                    assertTrue(c == MUSCLE || c == FAT, spec + ": core pixel " + i + " is label " + c);
                }
            }
        }
    }

    /** Separable Gaussian, kernel truncated at 4 sigma, 'reflect' border (scipy's default). */
    private static double[] gaussian(double[] img, int ny, int nx, double sigma) {
        int r = (int) (4 * sigma + 0.5);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        double[] a = new double[img.length];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                double v = 0;
                for (int i = -r; i <= r; i++) {
                    v += k[i + r] * img[reflect(y + i, ny) * nx + x];
                }
                a[y * nx + x] = v;
            }
        }
        double[] b = new double[img.length];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                double v = 0;
                for (int i = -r; i <= r; i++) {
                    v += k[i + r] * a[y * nx + reflect(x + i, nx)];
                }
                b[y * nx + x] = v;
            }
        }
        return b;
    }

    private static int reflect(int i, int n) {
        while (i < 0 || i >= n) {
            i = i < 0 ? -i - 1 : 2 * n - i - 1;
        }
        return i;
    }

    /**
     * docs/method.md 2.5 erodes {@code img > -100} with a 5-square on slice 0 and fills holes: the
     * eroded skin must not close a ring, or the whole section would become "muscle".
     */
    @Test
    void erodedSkinDoesNotEncloseTheFatOnSliceZero() {
        for (PhantomSpec spec : List.of(TestPhantoms.SMALL, TestPhantoms.FOLD, TestPhantoms.RIBS_IMPLANT)) {
            Phantom p = get(spec);
            Dims d = p.truth().dims();
            int ny = d.ny();
            int nx = d.nx();
            boolean[] eroded = new boolean[ny * nx];
            for (int y = 2; y < ny - 2; y++) {
                for (int x = 2; x < nx - 2; x++) {
                    boolean all = true;
                    for (int dy = -2; dy <= 2 && all; dy++) {
                        for (int dx = -2; dx <= 2 && all; dx++) {
                            all = p.image().get(0, y + dy, x + dx) > -100;
                        }
                    }
                    eroded[y * nx + x] = all;
                }
            }
            boolean[] background = new boolean[ny * nx];
            for (int i = 0; i < background.length; i++) {
                background[i] = !eroded[i];
            }
            int[] lab = label2d(background, ny, nx);
            int outside = lab[0];
            long fat = 0;
            for (int i = 0; i < lab.length; i++) {
                if (p.truth().data()[i] == FAT) {
                    fat++;
                    assertEquals(outside, lab[i], spec + ": fat pixel " + i + " enclosed by eroded tissue");
                }
            }
            assertTrue(fat > 1000);
        }
    }

    @Test
    void ribsCrossSliceZeroUnderTheMuscleAwayFromTheOutline() {
        Phantom p = get(TestPhantoms.RIBS_IMPLANT);
        Dims d = p.truth().dims();
        boolean[] rib = new boolean[d.size()];
        long onSlice0 = 0;
        boolean touchesMuscle = false;
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 0; y < d.ny(); y++) {
                for (int x = 0; x < d.nx(); x++) {
                    if (p.truth().get(z, y, x) != RIB) {
                        continue;
                    }
                    rib[d.index(z, y, x)] = true;
                    if (z == 0) {
                        onSlice0++;
                    }
                    touchesMuscle |= p.truth().get(z, y - 1, x) == MUSCLE || p.truth().get(z, y + 1, x) == MUSCLE;
                    for (int dy = -9; dy <= 9; dy++) {
                        for (int dx = -9; dx <= 9; dx++) {
                            if (dy * dy + dx * dx <= 81 && p.truth().get(z, y + dy, x + dx) == AIR) {
                                fail("rib voxel " + z + "," + y + "," + x + " within 9 voxels of the outline");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(onSlice0 > 50, "rib voxels on slice 0: " + onSlice0);
        assertTrue(touchesMuscle, "ribs must touch the pectoralis");
        long[] sz = sizes(label3d(rib, d.nz(), d.ny(), d.nx()));
        assertEquals(3, sz.length, "two rib components expected");
        assertTrue(sz[1] > 15 * 15 * 15 && sz[2] > 15 * 15 * 15, "rib sizes " + Arrays.toString(sz));
        // ribs stay in the first slices
        int lastRibSlice = 0;
        for (int i = 0; i < rib.length; i++) {
            if (rib[i]) {
                lastRibSlice = i / d.sliceSize();
            }
        }
        assertTrue(lastRibSlice < 0.25 * d.nz(), "ribs reach slice " + lastRibSlice);
    }

    @Test
    void implantIsOneBodyAtTheChestWallTouchingTheMuscleApartFromTheRibs() {
        Phantom p = get(TestPhantoms.RIBS_IMPLANT);
        Dims d = p.truth().dims();
        boolean[] implant = new boolean[d.size()];
        long onSlice0 = 0;
        boolean touchesMuscle = false;
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 1; y < d.ny() - 1; y++) {
                for (int x = 1; x < d.nx() - 1; x++) {
                    if (p.truth().get(z, y, x) != IMPLANT) {
                        continue;
                    }
                    implant[d.index(z, y, x)] = true;
                    onSlice0 += z == 0 ? 1 : 0;
                    touchesMuscle |= p.truth().get(z, y - 1, x) == MUSCLE;
                    for (int dz = -1; dz <= 1; dz++) {
                        for (int dy = -1; dy <= 1; dy++) {
                            for (int dx = -1; dx <= 1; dx++) {
                                int zz = z + dz;
                                if (zz >= 0 && zz < d.nz() && p.truth().get(zz, y + dy, x + dx) == RIB) {
                                    fail("implant touches a rib at " + z + "," + y + "," + x);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(onSlice0 > 50, "implant on slice 0: " + onSlice0);
        assertTrue(touchesMuscle);
        assertEquals(2, sizes(label3d(implant, d.nz(), d.ny(), d.nx())).length, "one implant component");
    }

    @Test
    void foldIsASeparateBodyBelowTheBreastInTheFirstSlices() {
        Phantom p = get(TestPhantoms.FOLD);
        Dims d = p.truth().dims();
        int ny = d.ny();
        int nx = d.nx();
        int foldSlices = 0;
        for (int z = 0; z < d.nz(); z++) {
            boolean[] body = new boolean[ny * nx];
            boolean anyFold = false;
            for (int i = 0; i < body.length; i++) {
                body[i] = p.image().data()[z * ny * nx + i] > -500;
                anyFold |= p.truth().data()[z * ny * nx + i] == FOLD;
            }
            if (!anyFold) {
                continue;
            }
            assertEquals(foldSlices, z, "fold slices must be contiguous from 0");
            foldSlices++;
            int[] lab = label2d(body, ny, nx);
            long[] sz = sizes(lab);
            // the fold's pixels above -500 HU form one component that holds no breast pixel (only a few
            // pixels at its sharp corners, and on its last slice at its end face, drop below -500 HU
            // through the partial-volume blur)
            int foldLabel = 0;
            long foldPixels = 0;
            long foldDark = 0;
            int foldRow = Integer.MAX_VALUE;
            int breastRow = Integer.MIN_VALUE;
            for (int i = 0; i < lab.length; i++) {
                int c = p.truth().data()[z * ny * nx + i];
                if (c == FOLD) {
                    foldPixels++;
                    foldRow = Math.min(foldRow, i / nx);
                    if (lab[i] == 0) {
                        foldDark++;
                        continue;
                    }
                    if (foldLabel == 0) {
                        foldLabel = lab[i];
                    }
                    assertEquals(foldLabel, lab[i], "fold in one component on slice " + z);
                }
            }
            for (int i = 0; i < lab.length; i++) {
                int c = p.truth().data()[z * ny * nx + i];
                if (c != FOLD && c != AIR) {
                    assertTrue(lab[i] != foldLabel, "breast pixel joins the fold on slice " + z);
                    breastRow = Math.max(breastRow, i / nx);
                }
            }
            assertTrue(foldLabel > 0, "no fold pixel above -500 HU on slice " + z);
            assertTrue(foldDark < 0.03 * foldPixels, foldDark + " of " + foldPixels + " fold pixels dark on slice " + z);
            assertTrue(sz[foldLabel] > 1000, "fold section " + sz[foldLabel] + " on slice " + z);
            assertTrue(foldRow > breastRow + 5, "fold must lie below the breast with an air gap, slice " + z);
        }
        assertTrue(foldSlices >= 0.1 * d.nz() && foldSlices <= 0.2 * d.nz(), "fold slices " + foldSlices);
    }

    @Test
    void ribsThatDoNotFitAreRejectedWithTheShape() {
        PhantomSpec spec = TestPhantoms.SMALL.withRibs(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhantomGenerator.generate(spec, TaskExecutor.sequential(), Progress.NONE));
        assertTrue(e.getMessage().contains("160 x 160"), e.getMessage());
    }

    // ---- default size ----

    @Test
    void defaultSizeHasEveryStructureWhereTheMethodLooks() {
        Phantom p;
        try (TaskExecutor ex = TaskExecutor.withThreads(2)) {
            p = PhantomGenerator.generate(PhantomSpec.DEFAULT, ex, Progress.NONE);
        }
        Dims d = p.image().dims();
        assertEquals(new Dims(120, 320, 320), d);
        long[] h = histogram(p.truth().data());
        for (int c : new int[] {AIR, FAT, GLANDS, SKIN, MUSCLE}) {
            assertTrue(h[c] > 0, "code " + c);
        }
        long[] area = breastArea(p);
        int tip = d.nz() - 1;
        while (area[tip] == 0) {
            tip--;
        }
        assertTrue(tip >= d.nz() - 9 && tip <= d.nz() - 3, "tip " + tip);
        assertEquals(0.2, h[GLANDS] / (double) (h[FAT] + h[GLANDS]), 0.02);
        assertTrue(meanHu(p, GLANDS) > -51);
    }

    // ---- progress ----

    @Test
    void reportsMonotoneProgressToOne() {
        List<Double> seen = new ArrayList<>();
        Progress rec = new Progress() {
            @Override
            public void report(double fraction, String message) {
                synchronized (seen) {
                    seen.add(fraction);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (TaskExecutor ex = TaskExecutor.withThreads(2)) {
            PhantomGenerator.generate(TestPhantoms.SMALL.withShape(24, 128, 128), ex, rec);
        }
        assertTrue(seen.size() > 24);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress went back at report " + i);
        }
        assertEquals(1.0, seen.get(seen.size() - 1), 1e-12);
    }

    @Test
    void cancellationStopsGeneration() {
        assertThrows(CancelledException.class, () -> PhantomGenerator.generate(TestPhantoms.SMALL,
                TaskExecutor.sequential(), Progress.cancelledWhen(() -> true)));
    }

    // ---- blur primitive ----

    @Test
    void binomialBlurOfAnImpulse() {
        int[] src = new int[5 * 5];
        src[2 * 5 + 2] = 1;
        int[] out = new int[25];
        PhantomGenerator.blurXY(src, new int[25], out, 5, 5);
        int[] expected = {
            0, 0, 0, 0, 0,
            0, 1, 2, 1, 0,
            0, 2, 4, 2, 0,
            0, 1, 2, 1, 0,
            0, 0, 0, 0, 0};
        assertArrayEquals(expected, out);
    }

    @Test
    void binomialBlurReplicatesTheBorder() {
        // one row [10, 0, 0]: x pass 3*10+0, 10+0+0, 0+3*0 -> [30, 10, 0]; single-row y pass x4
        int[] out = new int[3];
        PhantomGenerator.blurXY(new int[] {10, 0, 0}, new int[3], out, 1, 3);
        assertArrayEquals(new int[] {120, 40, 0}, out);
        // a constant image stays constant (x16)
        int[] c = new int[12];
        Arrays.fill(c, -7);
        int[] o = new int[12];
        PhantomGenerator.blurXY(c, new int[12], o, 3, 4);
        int[] e = new int[12];
        Arrays.fill(e, -112);
        assertArrayEquals(e, o);
    }
}
