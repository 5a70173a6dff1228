package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class EdtWatershedTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    private static int[] labels(EdtWatershed.Regions r, Dims d) {
        int[] l = new int[d.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = r.labelAt(i);
        }
        return l;
    }

    /** Two 4 x 3 blobs joined by one pixel (row 2, column 5), 5 x 11. */
    private static boolean[] twoBlobs() {
        return PrimitivesTestSupport.mask(
                "...........",
                ".####.####.",
                ".#########.",
                ".####.####.",
                "...........");
    }

    /**
     * Two 4 x 3 blobs joined by one pixel (row 2, column 5). Squared EDT (the border ring is background):
     * row 2, columns 2-4 and 6-8 are deeper than 1 (4, 4, 2 and 2, 4, 4), everything else 1: markers 1
     * (left) and 2 (right). The deepest markers flood first; (2, 4) and (2, 6) tie at -2 and (2, 4) leaves
     * the queue first (raster order), so the neck (2, 5) goes to the left blob.
     */
    @Test
    void deepRegionsFloodTheirBlobsAndTheRasterFirstMarkerWinsTheTiedNeck() {
        Dims d = Dims.slice(5, 11);
        boolean[] m = twoBlobs();
        EdtWatershed.Regions r = EdtWatershed.floodFromDeepRegions(m, d, 1, SEQ);
        assertEquals(2, r.markerCount());
        int[] want = {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 1, 1, 1, 1, 0, 2, 2, 2, 2, 0,
            0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 0,
            0, 1, 1, 1, 1, 0, 2, 2, 2, 2, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertArrayEquals(want, labels(r, d));
        boolean[] left = r.region(1);
        assertEquals(13, MaskOps.count(left)); // 4 + 5 + 4
        assertArrayEquals(MaskOps.andNot(m, left, SEQ), r.otherThan(1, m));
    }

    /** Random balls in a volume: the oracle is the plain composition of the primitives, uncapped. */
    private static boolean[] balls(Random rnd, Dims d, int count) {
        boolean[] m = new boolean[d.size()];
        for (int b = 0; b < count; b++) {
            Ball ball = new Ball(rnd.nextInt(d.nz()), rnd.nextInt(d.ny()), rnd.nextInt(d.nx()), 2 + rnd.nextInt(9));
            for (int z = 0; z < d.nz(); z++) {
                for (int y = 0; y < d.ny(); y++) {
                    for (int x = 0; x < d.nx(); x++) {
                        m[d.index(z, y, x)] |= ball.contains(z, y, x);
                    }
                }
            }
        }
        return m;
    }

    private static int[] negated(int[] a) {
        int[] n = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            n[i] = -a[i];
        }
        return n;
    }

    /**
     * floodFromDeepRegions equals Watershed.flood(-EDT^2, label(EDT^2 > depth^2), mask) on random balls,
     * below and above 2^20 voxels (plain and bricked flood), with 1 and 3 threads: the cap of the
     * transform changes nothing; floodFromDeepRegionOf a marker voxel gives those labels mapped to 1
     * (the seed's) and 2 (any other).
     */
    @Test
    void deepRegionFloodEqualsTheUncappedComposition() {
        Random rnd = new Random(5);
        try (TaskExecutor par = TaskExecutor.withThreads(3)) {
            for (Dims d : new Dims[] {new Dims(9, 30, 31), new Dims(17, 250, 250)}) {
                boolean[] m = balls(rnd, d, d.size() > 100_000 ? 60 : 6);
                int depth = 3;
                int[] sq = DistanceTransform.squared(m, d, SEQ);
                Labeling markers = ConnectedComponents.label(MaskOps.greaterThan(sq, (long) depth * depth), d,
                        Connectivity.FULL, SEQ);
                int[] want = Watershed.flood(negated(sq), markers.labels(), m, d, Connectivity.FACE);
                // floodFromDeepRegionOf a marker of a later component: want mapped to 1 (the seed's
                // label) and 2 (any other label)
                int seed = -1;
                for (int i = 0, seen = 0; i < sq.length && seen < 3; i++) {
                    if (sq[i] > depth * depth && want[i] > 1) {
                        seed = i;
                        seen++;
                    }
                }
                assertTrue(seed >= 0, "no deep voxel beyond the first component in " + d);
                int seedLabel = want[seed];
                int[] two = new int[want.length];
                for (int i = 0; i < two.length; i++) {
                    two[i] = want[i] == 0 ? 0 : want[i] == seedLabel ? 1 : 2;
                }
                for (TaskExecutor ex : new TaskExecutor[] {SEQ, par}) {
                    EdtWatershed.Regions r = EdtWatershed.floodFromDeepRegions(m, d, depth, ex);
                    assertEquals(markers.count(), r.markerCount(), d.toString());
                    assertArrayEquals(want, labels(r, d), d.toString());
                    EdtWatershed.Regions of = EdtWatershed.floodFromDeepRegionOf(m, d, depth, seed, ex);
                    assertEquals(-1, of.markerCount(), d.toString());
                    assertArrayEquals(two, labels(of, d), d + ", region of voxel " + seed);
                }
            }
        }
    }

    /** Markers on one slice, the distance zeroed outside a mask: as the composition of the primitives. */
    @Test
    void sliceMarkersAndZeroedDistanceEqualTheComposition() {
        Random rnd = new Random(9);
        Dims d = new Dims(8, 24, 26);
        boolean[] fg = balls(rnd, d, 5);
        boolean[] keep = PrimitivesTestSupport.random(rnd, d.size(), 0.9);
        boolean[] mask = MaskOps.and(fg, PrimitivesTestSupport.random(rnd, d.size(), 0.95), SEQ);
        EdtWatershed w = EdtWatershed.of(fg, d, SEQ);
        int[] sq = DistanceTransform.squared(fg, d, SEQ);
        int z = 2;
        assertArrayEquals(java.util.Arrays.copyOfRange(sq, z * d.sliceSize(), (z + 1) * d.sliceSize()),
                w.squaredSlice(z));
        int[] sliceMarkers = ConnectedComponents.label(MaskOps.greaterThan(w.squaredSlice(z), 4), d.sliceDims(),
                Connectivity.FULL, SEQ).labels();
        w.zeroOutside(keep);
        for (int i = 0; i < sq.length; i++) {
            sq[i] = keep[i] ? sq[i] : 0;
        }
        int[] markers = new int[d.size()];
        System.arraycopy(sliceMarkers, 0, markers, z * d.sliceSize(), d.sliceSize());
        int[] want = Watershed.flood(negated(sq), markers, mask, d, Connectivity.FACE);
        assertArrayEquals(want, labels(w.floodFromSlice(z, sliceMarkers, mask), d));
    }

    /**
     * Markers on slice 0 flooded on the leading slices only: the same labels on every voxel as the whole
     * volume's transform and flood (with and without keep), on random balls whose marked components end
     * early or run through the volume, below and above 2^20 voxels, for 1 and 3 threads.
     */
    @Test
    void firstSliceFloodEqualsTheWholeVolumesFlood() {
        Random rnd = new Random(21);
        Dims[] shapes = {new Dims(14, 24, 26), new Dims(30, 40, 36), new Dims(20, 240, 240)};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (Dims d : shapes) {
                for (int rep = 0; rep < 3; rep++) {
                    boolean[] fg = balls(rnd, d, 4 + rep * 3);
                    for (int x = 0; x < d.sliceSize(); x++) {
                        fg[x] |= rnd.nextInt(4) > 0; // slice 0 mostly foreground: markers there
                    }
                    boolean[] mask = MaskOps.and(fg, PrimitivesTestSupport.random(rnd, d.size(), 0.97), SEQ);
                    boolean[] keep = rep == 1 ? null : PrimitivesTestSupport.random(rnd, d.size(), 0.9);
                    int[] sq = DistanceTransform.squared(fg, d, SEQ);
                    int[] sliceMarkers = ConnectedComponents.label(MaskOps.greaterThan(
                            java.util.Arrays.copyOf(sq, d.sliceSize()), 1), d.sliceDims(), Connectivity.FULL, SEQ)
                            .labels();
                    EdtWatershed whole = EdtWatershed.of(fg, d, SEQ);
                    if (keep != null) {
                        whole.zeroOutside(keep);
                    }
                    int[] want = labels(whole.floodFromSlice(0, sliceMarkers, mask), d);
                    for (TaskExecutor ex : new TaskExecutor[] {SEQ, three}) {
                        EdtWatershed.Regions got = EdtWatershed.floodFromFirstSlice(fg, d, keep, sliceMarkers, mask,
                                ex);
                        String what = d + " rep " + rep + " threads " + ex.threads();
                        assertArrayEquals(want, labels(got, d), what);
                        int l = java.util.Arrays.stream(want).max().orElse(0);
                        boolean[] region = new boolean[d.size()];
                        for (int i = 0; i < region.length; i++) {
                            region[i] = want[i] == l;
                        }
                        assertArrayEquals(region, got.region(l), what + " region " + l);
                        assertArrayEquals(MaskOps.andNot(mask, region, SEQ), got.otherThan(l, mask), what);
                    }
                }
            }
        }
    }

    /**
     * A hand-checkable first-slice flood on 4 slices of 1 x 3 (z, x): the mask holds slices 0-1 and, cut off
     * by slice 2, slice 3; the marker at (0, 1) floods slices 0 and 1 only, so only two slices are
     * transformed ({@link EdtWatershed#ofFirstSlices}: the distances of slice 0 still see the background
     * of slice 2) and slice 3 reads 0.
     */
    @Test
    void firstSliceFloodStopsAtTheLastReachableSlice() {
        Dims d = new Dims(4, 1, 3);
        boolean[] fg = PrimitivesTestSupport.mask("###", "###", "...", "###");
        EdtWatershed two = EdtWatershed.ofFirstSlices(fg, d, 2, SEQ);
        assertEquals(new Dims(2, 1, 3), two.dims());
        // the array border is not background: the nearest background of slice 0 is slice 2, 2 away
        assertArrayEquals(new int[] {4, 4, 4}, two.squaredSlice(0));
        EdtWatershed.Regions r = EdtWatershed.floodFromFirstSlice(fg, d, null, new int[] {0, 7, 0}, fg, SEQ);
        assertArrayEquals(new int[] {7, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0}, labels(r, d));
        assertArrayEquals(PrimitivesTestSupport.mask("...", "...", "...", "###"), r.otherThan(7, fg));
    }

    /**
     * The two blobs of {@link #deepRegionsFloodTheirBlobsAndTheRasterFirstMarkerWinsTheTiedNeck} with
     * two byte markers: seeded in the right blob, that blob is 1 and the left one 2, and the neck still
     * goes to the left blob (label values do not change the order); a seed that is no marker gives
     * floodFromDeepRegions itself.
     */
    @Test
    void deepRegionOfASeedKeepsTwoLabelsAndTheSameFlood() {
        Dims d = Dims.slice(5, 11);
        boolean[] m = twoBlobs();
        EdtWatershed.Regions right = EdtWatershed.floodFromDeepRegionOf(m, d, 1, d.index(0, 2, 7), SEQ);
        assertEquals(-1, right.markerCount());
        assertArrayEquals(new int[] {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 2, 2, 2, 2, 0, 1, 1, 1, 1, 0,
            0, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0,
            0, 2, 2, 2, 2, 0, 1, 1, 1, 1, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, labels(right, d));
        EdtWatershed.Regions notMarker = EdtWatershed.floodFromDeepRegionOf(m, d, 1, d.index(0, 1, 1), SEQ);
        assertEquals(2, notMarker.markerCount());
        assertArrayEquals(labels(EdtWatershed.floodFromDeepRegions(m, d, 1, SEQ), d), labels(notMarker, d));
        assertThrows(IndexOutOfBoundsException.class, () -> EdtWatershed.floodFromDeepRegionOf(m, d, 1, 55, SEQ));
    }

    /**
     * The two blobs of {@link #deepRegionsFloodTheirBlobsAndTheRasterFirstMarkerWinsTheTiedNeck} beside
     * a third blob A (columns 12-16, its row 2 columns 13-15 deeper than 1: a marker of its own) and a
     * line without a marker (row 2, columns 18-21), each a component of the mask by itself. Seeded in
     * the right blob, the two blobs are flooded as before (both labels meet there), A holds label 2 only
     * and is 2 everywhere, the line stays 0. Seeded in A, A is 1 and the two blobs hold only label 2, so
     * both blobs and their neck are 2 without a flood. Either way the labels are those of
     * floodFromDeepRegions mapped to 1 (the seed's) and 2 (any other), and the same with 3 threads.
     */
    @Test
    void componentsHoldingOneLabelTakeItWithoutAFlood() {
        Dims d = Dims.slice(5, 23);
        boolean[] m = PrimitivesTestSupport.mask(
                ".......................",
                ".####.####..#####......",
                ".#########..#####.####.",
                ".####.####..#####......",
                ".......................");
        int[] seededRight = {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 2, 2, 2, 2, 0, 1, 1, 1, 1, 0, 0, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
            0, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0, 0, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
            0, 2, 2, 2, 2, 0, 1, 1, 1, 1, 0, 0, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        int[] seededA = {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 2, 2, 2, 2, 0, 2, 2, 2, 2, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
            0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
            0, 2, 2, 2, 2, 0, 2, 2, 2, 2, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        int[] all = labels(EdtWatershed.floodFromDeepRegions(m, d, 1, SEQ), d);
        try (TaskExecutor par = TaskExecutor.withThreads(3)) {
            for (TaskExecutor ex : new TaskExecutor[] {SEQ, par}) {
                for (int[] c : new int[][] {{7, 0}, {14, 1}}) {
                    int seed = d.index(0, 2, c[0]);
                    int[] want = c[1] == 0 ? seededRight : seededA;
                    assertArrayEquals(want, labels(EdtWatershed.floodFromDeepRegionOf(m, d, 1, seed, ex), d),
                            "seed in column " + c[0]);
                    for (int i = 0; i < want.length; i++) {
                        int mapped = all[i] == 0 ? 0 : all[i] == all[seed] ? 1 : 2;
                        assertEquals(mapped, want[i], "voxel " + i + ", seed in column " + c[0]);
                    }
                }
            }
        }
    }

    /**
     * Slice markers of any size: labels up to 255 (above 127 too) take the byte markers, larger ones
     * the int markers; both equal the composition of the primitives with the same labels.
     */
    @Test
    void sliceMarkersAboveAByteFloodAsTheComposition() {
        Random rnd = new Random(13);
        Dims d = new Dims(7, 20, 22);
        boolean[] fg = balls(rnd, d, 5);
        int z = 3;
        int[] sq = DistanceTransform.squared(fg, d, SEQ);
        int[] base = ConnectedComponents.label(MaskOps.greaterThan(java.util.Arrays.copyOfRange(sq,
                z * d.sliceSize(), (z + 1) * d.sliceSize()), 1), d.sliceDims(), Connectivity.FULL, SEQ).labels();
        for (int scale : new int[] {1, 200 / Math.max(1, java.util.Arrays.stream(base).max().orElse(1)), 1000}) {
            int[] sliceMarkers = new int[base.length];
            for (int i = 0; i < base.length; i++) {
                sliceMarkers[i] = base[i] * scale + (base[i] > 0 && scale > 1 ? 55 : 0);
            }
            int[] markers = new int[d.size()];
            System.arraycopy(sliceMarkers, 0, markers, z * d.sliceSize(), d.sliceSize());
            int[] want = Watershed.flood(negated(sq), markers, fg, d, Connectivity.FACE);
            assertArrayEquals(want, labels(EdtWatershed.of(fg, d, SEQ).floodFromSlice(z, sliceMarkers, fg), d),
                    "scale " + scale);
        }
    }

    /**
     * More markers than a short holds: 182 x 182 blobs of 3 x 3 voxels (through all 3 slices, one
     * background voxel apart), each with its own deep core at depth 1, flood as the composition of
     * the primitives with int labels up to 33 124 (the short distances are widened for them).
     */
    @Test
    void moreDeepRegionsThanAShortHoldsKeepTheirLabels() {
        Dims d = new Dims(3, 728, 728);
        boolean[] m = new boolean[d.size()];
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 0; y < d.ny(); y++) {
                for (int x = 0; x < d.nx(); x++) {
                    m[d.index(z, y, x)] = y % 4 != 3 && x % 4 != 3;
                }
            }
        }
        int depth = 1;
        int[] sq = DistanceTransform.squared(m, d, SEQ);
        Labeling markers = ConnectedComponents.label(MaskOps.greaterThan(sq, (long) depth * depth), d,
                Connectivity.FULL, SEQ);
        assertEquals(182 * 182, markers.count());
        int[] want = Watershed.flood(negated(sq), markers.labels(), m, d, Connectivity.FACE);
        try (TaskExecutor par = TaskExecutor.withThreads(2)) {
            EdtWatershed.Regions r = EdtWatershed.floodFromDeepRegions(m, d, depth, par);
            assertEquals(182 * 182, r.markerCount());
            assertArrayEquals(want, labels(r, d));
        }
    }

    @Test
    void aFloodedTransformCannotBeUsedAgain() {
        Dims d = Dims.slice(3, 3);
        boolean[] m = PrimitivesTestSupport.mask("...", ".#.", "...");
        EdtWatershed w = EdtWatershed.of(m, d, SEQ);
        w.flood(new int[9], m);
        assertThrows(IllegalStateException.class, () -> w.squaredSlice(0));
        assertThrows(IllegalStateException.class, () -> w.flood(new int[9], m));
        assertThrows(IllegalArgumentException.class, () -> EdtWatershed.floodFromDeepRegions(m, d, -1, SEQ));
    }
}
