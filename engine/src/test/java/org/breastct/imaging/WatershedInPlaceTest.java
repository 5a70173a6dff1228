package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/** {@link Watershed#floodInPlace} gives {@link Watershed#flood}'s labels bit for bit, in the priority array. */
class WatershedInPlaceTest {

    /** brickMode values: never, always (where it fits), automatic. */
    private static final int[] MODES = {0, 1, -1};

    @Test
    void sameLabelsAsFloodOnRandomVolumesForBothLayoutsAndThreadCounts() {
        Random rnd = new Random(20261125);
        Dims[] shapes = {new Dims(11, 13, 17), new Dims(1, 21, 19), new Dims(9, 8, 16), new Dims(2, 3, 30),
            new Dims(17, 9, 8), new Dims(1, 1, 5)};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            TaskExecutor[] executors = {TaskExecutor.sequential(), three};
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
                            case 3 -> rnd.nextInt(2_000_001) - 1_000_000;
                            default -> -rnd.nextInt(1 + rep);
                        };
                        if (rnd.nextDouble() < markerRate) {
                            markers[i] = 1 + rnd.nextInt(6);
                        }
                    }
                    boolean[] mask = rep % 2 == 0 ? null : PrimitivesTestSupport.random(rnd, n, 0.85);
                    for (Connectivity c : Connectivity.values()) {
                        for (int mode : MODES) {
                            for (TaskExecutor ex : executors) {
                                String what = d + " rep " + rep + " " + c + " brickMode " + mode + " threads "
                                        + (ex == three ? 3 : 1);
                                check(prio, markers, mask, d, c, ex, mode, what);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void sameLabelsOnAVolumeLargeEnoughForTheAutomaticBrickedPath() {
        // 2^20 voxels: brickMode -1 takes the bricked layout; squared-EDT-like priorities from a sphere mask
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
        try (TaskExecutor two = TaskExecutor.withThreads(2)) {
            for (int mode : MODES) {
                check(edt, markers, mask, d, Connectivity.FACE, two, mode, "large, brickMode " + mode);
                check(edt, markers, mask, d, Connectivity.FACE, TaskExecutor.sequential(), mode,
                        "large, 1 thread, brickMode " + mode);
            }
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
        for (int mode : MODES) {
            for (Connectivity c : Connectivity.values()) {
                check(wide, markers, some, d, c, TaskExecutor.sequential(), mode, "wide range " + c + " " + mode);
                check(wide, markers, null, d, c, TaskExecutor.sequential(), mode, "wide range, no mask " + c);
                check(wide, markers, empty, d, c, TaskExecutor.sequential(), mode, "empty mask " + c + " " + mode);
                check(wide, allMarked, some, d, c, TaskExecutor.sequential(), mode, "all marked " + c + " " + mode);
                check(wide, new int[n], some, d, c, TaskExecutor.sequential(), mode, "no marker " + c + " " + mode);
            }
        }
    }

    @Test
    void rejectedInputsLeaveThePriorityUnchanged() {
        Dims d = new Dims(9, 8, 16);
        int n = d.size();
        int[] markers = new int[n];
        markers[n - 1] = -3;
        markers[0] = 1;
        for (int mode : MODES) {
            int[] prio = new int[n];
            for (int i = 0; i < n; i++) {
                prio[i] = i % 7;
            }
            int[] before = prio.clone();
            int m = mode;
            assertThrows(IllegalArgumentException.class, () -> withMode(m, () -> Watershed.floodInPlace(prio,
                    markers, null, d, Connectivity.FACE, TaskExecutor.sequential())));
            assertArrayEquals(before, prio, "negative marker, brickMode " + mode);
            assertThrows(IllegalArgumentException.class, () -> withMode(m, () -> Watershed.floodInPlace(prio,
                    prio, null, d, Connectivity.FACE, TaskExecutor.sequential())));
            assertArrayEquals(before, prio, "priority == markers, brickMode " + mode);
            assertThrows(IllegalArgumentException.class, () -> Watershed.floodInPlace(prio, new int[n],
                    new boolean[n - 1], d, Connectivity.FACE, TaskExecutor.sequential()));
            assertArrayEquals(before, prio, "mask length, brickMode " + mode);
            // with scratch space for the bricked state laid over the priorities
            int[] longer = java.util.Arrays.copyOf(prio, withMode(m, () -> new int[] {Watershed.inPlaceLength(d,
                    Connectivity.FACE)})[0] + 3);
            int[] longerBefore = longer.clone();
            assertThrows(IllegalArgumentException.class, () -> withMode(m, () -> Watershed.floodInPlace(longer,
                    markers, null, d, Connectivity.FACE, TaskExecutor.sequential())));
            assertArrayEquals(longerBefore, longer, "negative marker, scratch space, brickMode " + mode);
        }
    }

    /** floodInPlace on a copy of prio: same labels as flood, returned in the copy; markers and mask unchanged. */
    private static void check(int[] prio, int[] markers, boolean[] mask, Dims d, Connectivity c, TaskExecutor ex,
            int mode, String what) {
        int[] markersBefore = markers.clone();
        boolean[] maskBefore = mask == null ? null : mask.clone();
        int[] expected = withMode(mode, () -> Watershed.flood(prio, markers, mask, d, c, ex));
        int[] work = prio.clone();
        int[] got = withMode(mode, () -> Watershed.floodInPlace(work, markers, mask, d, c, ex));
        assertSame(work, got, what + ": the result is the overwritten priority array");
        assertArrayEquals(expected, got, what);
        assertArrayEquals(markersBefore, markers, what + ": markers unchanged");
        if (mask != null) {
            assertArrayEquals(maskBefore, mask, what + ": mask unchanged");
        }
        // and the layouts agree with each other
        assertArrayEquals(expected, withMode(0, () -> Watershed.flood(prio, markers, mask, d, c, ex)), what);
        // priority arrays with scratch space: of inPlaceLength entries (the bricked state is laid over
        // it where the layout is bricked) and a few more; the scratch holds garbage, the first
        // dims.size() entries get the same labels
        int n = d.size();
        int padded = withMode(mode, () -> new int[] {Watershed.inPlaceLength(d, c)})[0];
        for (int length : new int[] {padded, padded + 13}) {
            int[] longer = java.util.Arrays.copyOf(prio, length);
            for (int i = n; i < length; i++) {
                longer[i] = i % 2 == 0 ? Integer.MIN_VALUE : 7 * i;
            }
            int[] gotLonger = withMode(mode, () -> Watershed.floodInPlace(longer, markers, mask, d, c, ex));
            assertSame(longer, gotLonger, what + ", length " + length);
            assertArrayEquals(expected, java.util.Arrays.copyOf(gotLonger, n), what + ", length " + length);
        }
        assertArrayEquals(markersBefore, markers, what + ": markers unchanged");
    }

    @Test
    void inPlaceLengthPadsToWholeBricksOnlyForTheBrickedLayout() {
        withMode(1, () -> {
            // 8 x 8 x 8 bricks: 9 x 8 x 16 -> 16 x 8 x 16; 17 x 9 x 8 -> 24 x 16 x 8; 2-D 8 x 8 tiles
            assertEquals(16 * 8 * 16, Watershed.inPlaceLength(new Dims(9, 8, 16), Connectivity.FACE));
            assertEquals(24 * 16 * 8, Watershed.inPlaceLength(new Dims(17, 9, 8), Connectivity.FACE));
            assertEquals(24 * 24, Watershed.inPlaceLength(new Dims(1, 21, 19), Connectivity.FACE));
            assertEquals(16 * 16 * 16, Watershed.inPlaceLength(new Dims(16, 16, 16), Connectivity.FACE));
            // FULL connectivity never takes the bricked layout
            assertEquals(9 * 8 * 15, Watershed.inPlaceLength(new Dims(9, 8, 15), Connectivity.FULL));
            return null;
        });
        withMode(0, () -> {
            assertEquals(9 * 8 * 15, Watershed.inPlaceLength(new Dims(9, 8, 15), Connectivity.FACE));
            return null;
        });
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

    private static int[] withMode(int mode, java.util.function.Supplier<int[]> run) {
        Watershed.brickMode = mode;
        try {
            return run.get();
        } finally {
            Watershed.brickMode = -1;
        }
    }
}
