package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/**
 * {@link Watershed#floodInPlace} (and {@link Watershed#flood}) in both layouts (C order and bricked),
 * with and without scratch space, sequential and parallel, against an independent reference: the
 * textbook priority flood written out below with {@link java.util.PriorityQueue}, as the class
 * contract describes it.
 */
class WatershedInPlaceTest {

    /** Layout modes (WatershedTestSupport): never bricked, always (where it fits); automatic is C order on these small volumes. */
    private static final int[] MODES = {0, 1};

    /**
     * The textbook flood (Soille &amp; Ansoult; skimage with raster-order marker ages): every in-mask
     * marker voxel is labelled and queued in raster order; a queue ordered by (priority, age) is
     * popped, and each neighbour (in the contract's order) inside the volume and the mask and still
     * unlabelled takes the popped voxel's label and is queued with the next age.
     */
    static int[] reference(int[] prio, int[] markers, boolean[] mask, Dims d, Connectivity c) {
        int n = d.size();
        int[][] order = c == Connectivity.FACE
                ? new int[][] {{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}}
                : d.nz() > 1 ? Watershed.FULL_3D_ORDER
                        : new int[][] {{0, -1, 0}, {0, 0, -1}, {0, 0, 1}, {0, 1, 0}, {0, -1, -1}, {0, -1, 1},
                            {0, 1, -1}, {0, 1, 1}};
        int[] out = new int[n];
        PriorityQueue<long[]> queue = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        long age = 0;
        for (int i = 0; i < n; i++) {
            if (markers[i] > 0 && (mask == null || mask[i])) {
                out[i] = markers[i];
                queue.add(new long[] {prio[i], age++, i});
            }
        }
        while (!queue.isEmpty()) {
            int i = (int) queue.poll()[2];
            for (int j : PrimitivesTestSupport.neighbours(d, order, i)) {
                if (out[j] == 0 && (mask == null || mask[j])) {
                    out[j] = out[i];
                    queue.add(new long[] {prio[j], age++, j});
                }
            }
        }
        return out;
    }

    @Test
    void aHandCheckedRowFloodsFromBothEndsAndTheTieGoesToTheFirstQueued() {
        // priorities 0 1 2 3 2 1 0, markers at both ends: 1 and 5 are reached first (1 queued
        // first), so 2 is queued before 4, and the ridge voxel 3 is reached from 2: label 1
        Dims d = new Dims(1, 1, 7);
        int[] prio = {0, 1, 2, 3, 2, 1, 0};
        int[] markers = {1, 0, 0, 0, 0, 0, 2};
        int[] expected = {1, 1, 1, 1, 2, 2, 2};
        assertArrayEquals(expected, reference(prio, markers, null, d, Connectivity.FACE));
        check(prio, markers, null, d, Connectivity.FACE, "hand-checked row");
        // a masked-out voxel stops the flood: voxel 6's marker is outside the mask (dropped)
        boolean[] mask = {true, true, true, false, true, true, false};
        assertArrayEquals(new int[] {1, 1, 1, 0, 0, 0, 0}, reference(prio, markers, mask, d, Connectivity.FACE));
        check(prio, markers, mask, d, Connectivity.FACE, "hand-checked row, mask");
    }

    @Test
    void sameLabelsAsTheReferenceOnRandomVolumes() {
        Random rnd = new Random(20261125);
        Dims[] shapes = {new Dims(11, 13, 17), new Dims(1, 21, 19), new Dims(9, 8, 16), new Dims(2, 3, 30),
            new Dims(17, 9, 8), new Dims(1, 1, 5)};
        for (Dims d : shapes) {
            for (int rep = 0; rep < 6; rep++) {
                int n = d.size();
                int[] prio = new int[n];
                int[] markers = new int[n];
                double markerRate = rep == 5 ? 0.4 : 0.02; // rep 5: dense markers, many without floodable neighbour
                for (int i = 0; i < n; i++) {
                    prio[i] = switch (rep) {
                        case 0 -> 0; // plateau: FIFO ties everywhere
                        case 1 -> -rnd.nextInt(50); // negated EDT-like
                        case 2 -> rnd.nextInt(7) - 3;
                        case 3 -> rnd.nextInt(200_001) - 100_000; // sparse: nearly all distinct
                        default -> -rnd.nextInt(1 + rep);
                    };
                    if (rnd.nextDouble() < markerRate) {
                        markers[i] = 1 + rnd.nextInt(6);
                    }
                }
                boolean[] mask = rep % 2 == 0 ? null : PrimitivesTestSupport.random(rnd, n, 0.85);
                for (Connectivity c : Connectivity.values()) {
                    check(prio, markers, mask, d, c, d + " rep " + rep + " " + c);
                }
            }
        }
    }

    @Test
    void sameLabelsOnAVolumeLargeEnoughForTheAutomaticBrickedPath() {
        // 2^20 voxels: the automatic mode takes the bricked layout; squared-EDT-like priorities
        Dims d = new Dims(16, 256, 256);
        int n = d.size();
        Random rnd = new Random(5);
        boolean[] mask = new boolean[n];
        for (int i = 0; i < n; i++) {
            mask[i] = rnd.nextDouble() < 0.97;
        }
        int[] edt = DistanceTransform.squared(mask, d, TaskExecutor.sequential());
        boolean[] deep = new boolean[n];
        for (int i = 0; i < n; i++) {
            deep[i] = edt[i] > 2;
            edt[i] = -edt[i];
        }
        int[] markers = ConnectedComponents.label(deep, d, Connectivity.FULL, TaskExecutor.sequential()).labels();
        int[] expected = reference(edt, markers, mask, d, Connectivity.FACE);
        try (TaskExecutor two = TaskExecutor.withThreads(2)) {
            for (TaskExecutor ex : new TaskExecutor[] {two, TaskExecutor.sequential()}) {
                String what = "large, automatic (bricked), threads " + ex.threads();
                assertArrayEquals(expected, Watershed.flood(edt, markers, mask, d, Connectivity.FACE, ex), what);
                int padded = Watershed.inPlaceLength(d, Connectivity.FACE);
                assertEquals(n, padded, "16 x 256 x 256 needs no padding");
                int[] work = edt.clone();
                assertSame(work, Watershed.floodInPlace(work, markers, mask, d, Connectivity.FACE, ex), what);
                assertArrayEquals(expected, work, what + ", in place");
            }
            // the C-order path on the same volume
            assertArrayEquals(expected, WatershedTestSupport.flood(0, edt, markers, mask, d, Connectivity.FACE,
                    two), "large, C order");
        }
    }

    @Test
    void wideRangesEmptyMasksAndMarkerOnlyVolumesAgree() {
        Random rnd = new Random(3);
        Dims d = new Dims(5, 9, 11);
        int n = d.size();
        int[] wide = new int[n];
        int[] markers = new int[n];
        for (int i = 0; i < n; i++) {
            wide[i] = rnd.nextInt(); // range far above MAX_BUCKETS: the heap path (and the bricked fallback)
            if (rnd.nextDouble() < 0.05) {
                markers[i] = 1 + rnd.nextInt(3);
            }
        }
        int[] allMarked = new int[n];
        java.util.Arrays.fill(allMarked, 2);
        boolean[] empty = new boolean[n];
        boolean[] some = PrimitivesTestSupport.random(rnd, n, 0.7);
        for (Connectivity c : Connectivity.values()) {
            check(wide, markers, some, d, c, "wide range " + c);
            check(wide, markers, null, d, c, "wide range, no mask " + c);
            check(wide, markers, empty, d, c, "empty mask " + c);
            check(wide, allMarked, some, d, c, "all marked " + c);
            check(wide, new int[n], some, d, c, "no marker " + c);
        }
    }

    @Test
    void rejectedInputsLeaveThePriorityUnchanged() {
        Dims d = new Dims(9, 8, 16);
        int n = d.size();
        int[] markers = new int[n];
        markers[n - 1] = -3;
        markers[0] = 1;
        for (int mode : new int[] {0, 1, -1}) {
            int[] prio = new int[n];
            for (int i = 0; i < n; i++) {
                prio[i] = i % 7;
            }
            int[] before = prio.clone();
            int m = mode;
            assertThrows(IllegalArgumentException.class, () -> WatershedTestSupport.floodInPlace(m, prio,
                    markers, null, d, Connectivity.FACE, TaskExecutor.sequential()));
            assertArrayEquals(before, prio, "negative marker, brickMode " + mode);
            assertThrows(IllegalArgumentException.class, () -> WatershedTestSupport.floodInPlace(m, prio,
                    prio, null, d, Connectivity.FACE, TaskExecutor.sequential()));
            assertArrayEquals(before, prio, "priority == markers, brickMode " + mode);
            assertThrows(IllegalArgumentException.class, () -> Watershed.floodInPlace(prio, new int[n],
                    new boolean[n - 1], d, Connectivity.FACE, TaskExecutor.sequential()));
            assertArrayEquals(before, prio, "mask length, brickMode " + mode);
            // with scratch space for the bricked state laid over the priorities
            int[] longer = java.util.Arrays.copyOf(prio, WatershedTestSupport.inPlaceLength(m, d,
                    Connectivity.FACE) + 3);
            int[] longerBefore = longer.clone();
            assertThrows(IllegalArgumentException.class, () -> WatershedTestSupport.floodInPlace(m, longer,
                    markers, null, d, Connectivity.FACE, TaskExecutor.sequential()));
            assertArrayEquals(longerBefore, longer, "negative marker, scratch space, brickMode " + mode);
        }
    }

    /**
     * The reference's labels from flood and floodInPlace, in both layouts, sequential and with three
     * threads, with exactly dims.size() entries and (bricked, three threads) with scratch space of
     * inPlaceLength entries and a few more, which holds garbage; markers and mask unchanged.
     */
    private static void check(int[] prio, int[] markers, boolean[] mask, Dims d, Connectivity c, String what) {
        int[] markersBefore = markers.clone();
        boolean[] maskBefore = mask == null ? null : mask.clone();
        int[] expected = reference(prio, markers, mask, d, c);
        int n = d.size();
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (int mode : MODES) {
                for (TaskExecutor ex : new TaskExecutor[] {TaskExecutor.sequential(), three}) {
                    String w = what + ", brickMode " + mode + ", threads " + ex.threads();
                    int[] work = prio.clone();
                    int[] got = WatershedTestSupport.floodInPlace(mode, work, markers, mask, d, c, ex);
                    assertSame(work, got, w + ": the result is the overwritten priority array");
                    assertArrayEquals(expected, got, w);
                }
            }
            assertArrayEquals(expected, WatershedTestSupport.flood(1, prio, markers, mask, d, c, three),
                    what + ", flood");
            int padded = WatershedTestSupport.inPlaceLength(1, d, c);
            for (int length : new int[] {padded, padded + 13}) {
                int[] longer = java.util.Arrays.copyOf(prio, length);
                for (int i = n; i < length; i++) {
                    longer[i] = i % 2 == 0 ? Integer.MIN_VALUE : 7 * i;
                }
                int[] got = WatershedTestSupport.floodInPlace(1, longer, markers, mask, d, c, three);
                assertSame(longer, got, what + ", length " + length);
                assertArrayEquals(expected, java.util.Arrays.copyOf(got, n), what + ", length " + length);
            }
        }
        assertArrayEquals(markersBefore, markers, what + ": markers unchanged");
        if (mask != null) {
            assertArrayEquals(maskBefore, mask, what + ": mask unchanged");
        }
    }

    @Test
    void inPlaceLengthPadsToWholeBricksOnlyForTheBrickedLayout() {
        // 8 x 8 x 8 bricks: 9 x 8 x 16 -> 16 x 8 x 16; 17 x 9 x 8 -> 24 x 16 x 8; 2-D 8 x 8 tiles
        assertEquals(16 * 8 * 16, WatershedTestSupport.inPlaceLength(1, new Dims(9, 8, 16), Connectivity.FACE));
        assertEquals(24 * 16 * 8, WatershedTestSupport.inPlaceLength(1, new Dims(17, 9, 8), Connectivity.FACE));
        assertEquals(24 * 24, WatershedTestSupport.inPlaceLength(1, new Dims(1, 21, 19), Connectivity.FACE));
        assertEquals(16 * 16 * 16, WatershedTestSupport.inPlaceLength(1, new Dims(16, 16, 16), Connectivity.FACE));
        // FULL connectivity never takes the bricked layout
        assertEquals(9 * 8 * 15, WatershedTestSupport.inPlaceLength(1, new Dims(9, 8, 15), Connectivity.FULL));
        assertEquals(9 * 8 * 15, WatershedTestSupport.inPlaceLength(0, new Dims(9, 8, 15), Connectivity.FACE));
        // automatic: small volumes are not bricked
        assertEquals(9 * 8 * 15, Watershed.inPlaceLength(new Dims(9, 8, 15), Connectivity.FACE));
        assertEquals(17 * 256 * 256 + 7 * 256 * 256,
                Watershed.inPlaceLength(new Dims(17, 256, 256), Connectivity.FACE));
    }

    @Test
    void aShorterPriorityArrayIsRejected() {
        Dims d = new Dims(3, 4, 5);
        assertThrows(IllegalArgumentException.class, () -> Watershed.floodInPlace(new int[59], new int[60], null, d,
                Connectivity.FACE, TaskExecutor.sequential()));
        // flood (not in place) takes no scratch space
        assertThrows(IllegalArgumentException.class, () -> Watershed.flood(new int[61], new int[60], null, d,
                Connectivity.FACE, TaskExecutor.sequential()));
    }

    /**
     * Byte markers (read unsigned, labels above 127 included) give the reference's labels of the same
     * int markers, in both layouts, sequential and with three threads; the bytes are only read.
     */
    @Test
    void byteMarkersFloodAsTheSameIntMarkers() {
        Random rnd = new Random(77);
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (Dims d : new Dims[] {new Dims(11, 13, 17), new Dims(1, 21, 19), new Dims(9, 8, 16)}) {
                int n = d.size();
                int[] prio = new int[n];
                int[] ints = new int[n];
                byte[] bytes = new byte[n];
                for (int i = 0; i < n; i++) {
                    prio[i] = -rnd.nextInt(20);
                    if (rnd.nextDouble() < 0.03) {
                        ints[i] = 1 + rnd.nextInt(255);
                        bytes[i] = (byte) ints[i];
                    }
                }
                byte[] before = bytes.clone();
                boolean[] mask = d.nz() == 1 ? null : PrimitivesTestSupport.random(rnd, n, 0.9);
                for (Connectivity c : Connectivity.values()) {
                    int[] expected = reference(prio, ints, mask, d, c);
                    for (int mode : MODES) {
                        for (TaskExecutor ex : new TaskExecutor[] {TaskExecutor.sequential(), three}) {
                            String w = d + " " + c + ", brickMode " + mode + ", threads " + ex.threads();
                            int[] work = prio.clone();
                            int[] got = WatershedTestSupport.floodInPlace(mode, work, bytes, mask, d, c, ex);
                            assertSame(work, got, w);
                            assertArrayEquals(expected, got, w);
                        }
                    }
                }
                assertArrayEquals(before, bytes, d + ": markers unchanged");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Watershed.floodInPlace(new int[60], new byte[59], null,
                new Dims(3, 4, 5), Connectivity.FACE, TaskExecutor.sequential()));
    }

    /**
     * Short priorities (an EDT-like range, a plateau, and the whole short range, which a short state
     * laid over the priorities cannot encode) with int and byte markers give the reference's labels
     * as shorts, in both layouts, sequential and with three threads, with exactly dims.size() entries
     * and with scratch space (garbage past dims.size()); markers and mask are only read.
     */
    @Test
    void shortPrioritiesFloodAsTheSameIntPriorities() {
        Random rnd = new Random(2026);
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (Dims d : new Dims[] {new Dims(11, 13, 17), new Dims(1, 21, 19), new Dims(9, 8, 16)}) {
                int n = d.size();
                for (int rep = 0; rep < 3; rep++) {
                    int[] prio = new int[n];
                    int[] ints = new int[n];
                    byte[] bytes = new byte[n];
                    for (int i = 0; i < n; i++) {
                        prio[i] = switch (rep) {
                            case 0 -> -rnd.nextInt(257); // the skin's capped -EDT^2
                            case 1 -> 0;
                            default -> rnd.nextInt(65_536) - 32_768;
                        };
                        if (rnd.nextDouble() < 0.03) {
                            ints[i] = 1 + rnd.nextInt(255);
                            bytes[i] = (byte) ints[i];
                        }
                    }
                    boolean[] mask = rep == 1 ? null : PrimitivesTestSupport.random(rnd, n, 0.9);
                    int[] expected = reference(prio, ints, mask, d, Connectivity.FACE);
                    short[] want = new short[n];
                    for (int i = 0; i < n; i++) {
                        want[i] = (short) expected[i];
                    }
                    int padded = WatershedTestSupport.inPlaceLength(1, d, Connectivity.FACE);
                    for (int mode : MODES) {
                        for (TaskExecutor ex : new TaskExecutor[] {TaskExecutor.sequential(), three}) {
                            for (int length : new int[] {n, padded + 5}) {
                                String w = d + " rep " + rep + ", brickMode " + mode + ", threads " + ex.threads()
                                        + ", length " + length;
                                short[] work = new short[length];
                                for (int i = 0; i < length; i++) {
                                    work[i] = i < n ? (short) prio[i] : (short) (i % 2 == 0 ? -32768 : 7 * i);
                                }
                                assertSame(work, Watershed.floodInPlace(work, ints, mask, d, Connectivity.FACE, ex,
                                        mode == 1), w);
                                assertArrayEquals(want, java.util.Arrays.copyOf(work, n), w + ", int markers");
                                for (int i = 0; i < n; i++) {
                                    work[i] = (short) prio[i];
                                }
                                assertSame(work, Watershed.floodInPlace(work, bytes, mask, d, Connectivity.FACE, ex,
                                        mode == 1), w);
                                assertArrayEquals(want, java.util.Arrays.copyOf(work, n), w + ", byte markers");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void shortPrioritiesRejectMarkersAboveAShortAndLeaveThePriorityUnchanged() {
        Dims d = new Dims(9, 8, 16);
        int n = d.size();
        short[] prio = new short[n];
        for (int i = 0; i < n; i++) {
            prio[i] = (short) -(i % 7);
        }
        short[] before = prio.clone();
        int[] markers = new int[n];
        markers[0] = 1;
        markers[n - 1] = 32_768;
        for (boolean bricked : new boolean[] {false, true}) {
            assertThrows(IllegalArgumentException.class, () -> Watershed.floodInPlace(prio, markers, null, d,
                    Connectivity.FACE, TaskExecutor.sequential(), bricked));
            assertArrayEquals(before, prio, "marker 32768, bricked " + bricked);
            markers[n - 1] = -1;
            assertThrows(IllegalArgumentException.class, () -> Watershed.floodInPlace(prio, markers, null, d,
                    Connectivity.FACE, TaskExecutor.sequential(), bricked));
            assertArrayEquals(before, prio, "marker -1, bricked " + bricked);
            markers[n - 1] = 32_768;
        }
        // 32767 is a label like any other
        markers[n - 1] = 32_767;
        int[] wide = new int[n];
        for (int i = 0; i < n; i++) {
            wide[i] = prio[i];
        }
        int[] expected = reference(wide, markers, null, d, Connectivity.FACE);
        short[] got = Watershed.floodInPlace(prio, markers, null, d, Connectivity.FACE, TaskExecutor.sequential(), true);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], got[i], "voxel " + i);
        }
    }
}
