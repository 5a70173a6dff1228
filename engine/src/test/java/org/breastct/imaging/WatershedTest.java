package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.CancelledException;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class WatershedTest {

    @Test
    void plateauIsSplitFirstInFirstOutWithRasterFirstMarkerWinningTheMiddle() {
        int[] prio = new int[7];
        int[] markers = {1, 0, 0, 0, 0, 0, 2};
        int[] out = Watershed.flood(prio, markers, null, Dims.slice(1, 7), Connectivity.FACE);
        assertArrayEquals(new int[] {1, 1, 1, 1, 2, 2, 2}, out);
    }

    @Test
    void lowestPriorityFloodsFirstAndVoxelsAreLabelledWhenQueued() {
        int[] prio = {5, 0, 0, 0, 0, 0, 1};
        int[] markers = {1, 0, 0, 0, 0, 0, 2};
        int[] out = Watershed.flood(prio, markers, null, Dims.slice(1, 7), Connectivity.FACE);
        assertArrayEquals(new int[] {1, 2, 2, 2, 2, 2, 2}, out);
    }

    @Test
    void maskLimitsFloodingAndMarkersOutsideTheMaskAreDropped() {
        boolean[] mask = PrimitivesTestSupport.mask(
                "###.#",
                "###.#",
                "###.#");
        int[] markers = new int[15];
        markers[0] = 4;
        markers[8] = 5; // (1, 3): outside the mask
        int[] out = Watershed.flood(new int[15], markers, mask, Dims.slice(3, 5), Connectivity.FACE);
        assertArrayEquals(new int[] {
            4, 4, 4, 0, 0,
            4, 4, 4, 0, 0,
            4, 4, 4, 0, 0}, out);
        assertEquals(5, markers[8], "markers must not be modified");
    }

    @Test
    void threeDimensionalFloodGoesSliceBySliceByPriority() {
        Dims d = new Dims(3, 3, 3);
        int[] prio = new int[27];
        for (int i = 0; i < 27; i++) {
            prio[i] = i / 9; // priority = z
        }
        int[] markers = new int[27];
        markers[d.index(0, 0, 0)] = 1;
        markers[d.index(2, 2, 2)] = 2;
        int[] out = Watershed.flood(prio, markers, null, d, Connectivity.FACE);
        int[] expected = new int[27];
        java.util.Arrays.fill(expected, 1);
        expected[d.index(2, 2, 2)] = 2;
        assertArrayEquals(expected, out);
    }

    @Test
    void fullConnectivityOrderIsSkimages() {
        // skimage 0.19 / numpy 1.24: _offsets_to_raveled_neighbors((12, 11, 10), ones((3, 3, 3)), (1, 1, 1))
        int[] skimage = {10, -110, 1, -1, 110, -10, 11, 9, 120, -9, -11, -100, 111, -109, -111, -120, 109, 100, 119,
            -121, 99, -99, -101, -119, 101, 121};
        int[][] order = Watershed.neighbourOrder(new Dims(12, 11, 10), Connectivity.FULL);
        assertEquals(26, order.length);
        for (int k = 0; k < 26; k++) {
            assertEquals(skimage[k], order[k][0] * 110 + order[k][1] * 10 + order[k][2], "neighbour " + k);
        }
        int[][] face = Watershed.neighbourOrder(new Dims(12, 11, 10), Connectivity.FACE);
        int[] skimageFace = {-110, -10, -1, 1, 10, 110};
        for (int k = 0; k < 6; k++) {
            assertEquals(skimageFace[k], face[k][0] * 110 + face[k][1] * 10 + face[k][2], "face neighbour " + k);
        }
    }

    @Test
    void rejectsNegativeMarkersAndLengthMismatch() {
        assertThrows(IllegalArgumentException.class,
                () -> Watershed.flood(new int[4], new int[] {0, -1, 0, 0}, null, Dims.slice(2, 2), Connectivity.FACE));
        assertThrows(IllegalArgumentException.class,
                () -> Watershed.flood(new int[4], new int[4], new boolean[3], Dims.slice(2, 2), Connectivity.FACE));
    }

    @Test
    void matchesScikitImageFixture() throws IOException {
        List<String> lines = PrimitivesTestSupport.resourceLines("watershed_fixture.txt");
        int cases = 0;
        int fifoCompared = 0;
        for (int i = 0; i < lines.size(); i += 5) {
            String[] h = lines.get(i).split("\\s+");
            Dims d = new Dims(Integer.parseInt(h[1]), Integer.parseInt(h[2]), Integer.parseInt(h[3]));
            Connectivity c = Connectivity.valueOf(h[4]);
            boolean distinct = h[5].equals("distinct");
            int[] prio = PrimitivesTestSupport.ints(lines.get(i + 1), "priority");
            int[] markers = PrimitivesTestSupport.ints(lines.get(i + 2), "markers");
            int[] maskInts = PrimitivesTestSupport.ints(lines.get(i + 3), "mask");
            int[] expected = PrimitivesTestSupport.ints(lines.get(i + 4), "expected");
            boolean[] mask = new boolean[maskInts.length];
            for (int k = 0; k < mask.length; k++) {
                mask[k] = maskInts[k] != 0;
            }
            String what = "fixture case " + (i / 5) + " " + d + " " + c;
            assertArrayEquals(expected, WatershedTestSupport.floodSkimageHeap(prio, markers, mask, d, c), what);
            if (distinct || i / 5 == 24) {
                assertArrayEquals(expected, Watershed.flood(prio, markers, mask, d, c), what + " (FIFO)");
                if (c == Connectivity.FACE) {
                    assertArrayEquals(expected, WatershedTestSupport.flood(1, prio, markers, mask, d, c,
                            TaskExecutor.sequential()),
                            what + " (FIFO, bricked)");
                }
                fifoCompared++;
            }
            cases++;
        }
        assertEquals(25, cases);
        assertTrue(fifoCompared >= 13);
    }

    @Test
    void matchesBruteForceQueueOnRandomVolumes() {
        Random rnd = new Random(1234);
        Dims[] shapes = {new Dims(4, 5, 6), new Dims(1, 8, 9), new Dims(7, 2, 3), new Dims(3, 3, 3)};
        for (int rep = 0; rep < 40; rep++) {
            for (Dims d : shapes) {
                int n = d.size();
                boolean wide = rep % 4 == 3; // priority range beyond MAX_BUCKETS: binary heap path
                int levels = rep % 4 == 0 ? 2 : 12;
                int[] prio = new int[n];
                int[] markers = new int[n];
                boolean[] mask = PrimitivesTestSupport.random(rnd, n, 0.8);
                for (int i = 0; i < n; i++) {
                    prio[i] = wide ? rnd.nextInt(1 << 30) - (1 << 29) : rnd.nextInt(levels) - 5;
                    if (rnd.nextDouble() < 0.06) {
                        markers[i] = 1 + rnd.nextInt(3);
                    }
                }
                boolean[] maskOrNull = rep % 5 == 1 ? null : mask;
                for (Connectivity c : Connectivity.values()) {
                    int[] expected = bruteForce(prio, markers, maskOrNull, d, c);
                    String what = d + " " + c + " rep " + rep;
                    assertArrayEquals(expected, Watershed.flood(prio, markers, maskOrNull, d, c), what);
                    if (c == Connectivity.FACE) {
                        assertArrayEquals(expected, WatershedTestSupport.flood(1, prio, markers, maskOrNull, d, c,
                                TaskExecutor.sequential()),
                                what + " (bricked layout)");
                    }
                }
            }
        }
    }

    @Test
    void skimageHeapAgreesWithFifoWhenMarkerPrioritiesAreDistinct() {
        Random rnd = new Random(99);
        Dims d = new Dims(5, 6, 7);
        for (int rep = 0; rep < 30; rep++) {
            int n = d.size();
            int[] prio = new int[n];
            int[] markers = new int[n];
            int next = -1000;
            for (int i = 0; i < n; i++) {
                prio[i] = rnd.nextInt(3);
                if (rnd.nextDouble() < 0.03) {
                    markers[i] = 1 + rnd.nextInt(4);
                    prio[i] = next--;
                }
            }
            boolean[] mask = PrimitivesTestSupport.random(rnd, n, 0.9);
            for (Connectivity c : Connectivity.values()) {
                assertArrayEquals(Watershed.flood(prio, markers, mask, d, c),
                        WatershedTestSupport.floodSkimageHeap(prio, markers, mask, d, c), "rep " + rep + " " + c);
            }
        }
    }

    @Test
    void brickedLayoutGivesTheSameResultAcrossBrickBorders() {
        // shapes that are not multiples of the 8-voxel brick, flooded on a plateau and on noise
        Random rnd = new Random(77);
        Dims[] shapes = {new Dims(11, 13, 17), new Dims(1, 21, 19), new Dims(9, 8, 16), new Dims(2, 3, 30)};
        for (Dims d : shapes) {
            for (int rep = 0; rep < 4; rep++) {
                int n = d.size();
                int[] prio = new int[n];
                int[] markers = new int[n];
                for (int i = 0; i < n; i++) {
                    prio[i] = rep == 0 ? 0 : rnd.nextInt(1 + 3 * rep);
                    if (rnd.nextDouble() < 0.01) {
                        markers[i] = 1 + rnd.nextInt(5);
                    }
                }
                markers[n / 2] = 7;
                boolean[] mask = PrimitivesTestSupport.random(rnd, n, 0.9);
                int[] expected = bruteForce(prio, markers, mask, d, Connectivity.FACE);
                assertArrayEquals(expected, WatershedTestSupport.flood(1, prio, markers, mask, d, Connectivity.FACE,
                        TaskExecutor.sequential()),
                        d + " rep " + rep);
            }
        }
    }

    @Test
    void executorOverloadGivesTheSameLabelsForAnyThreadCountWithAndWithoutBricks() {
        // the bricked path prepares its state and writes its output slice-parallel
        Random rnd = new Random(78);
        Dims[] shapes = {new Dims(10, 13, 17), new Dims(1, 21, 19), new Dims(17, 9, 8)};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (Dims d : shapes) {
                for (int rep = 0; rep < 3; rep++) {
                    int n = d.size();
                    int[] prio = new int[n];
                    int[] markers = new int[n];
                    for (int i = 0; i < n; i++) {
                        prio[i] = -rnd.nextInt(1 + 4 * rep);
                        if (rnd.nextDouble() < 0.02) {
                            markers[i] = 1 + rnd.nextInt(4);
                        }
                    }
                    boolean[] mask = rep == 0 ? null : PrimitivesTestSupport.random(rnd, n, 0.85);
                    int[] expected = bruteForce(prio, markers, mask, d, Connectivity.FACE);
                    String what = d + " rep " + rep;
                    assertArrayEquals(expected, Watershed.flood(prio, markers, mask, d, Connectivity.FACE, three), what);
                    assertArrayEquals(expected, WatershedTestSupport.flood(1, prio, markers, mask, d, Connectivity.FACE,
                            three), what + " (bricks, 3 threads)");
                    assertArrayEquals(expected, WatershedTestSupport.flood(1, prio, markers, mask, d, Connectivity.FACE,
                        TaskExecutor.sequential()), what + " (bricks, 1 thread)");
                }
            }
        }
    }

    /**
     * O(n^2) oracle: the queue is an unordered list scanned for the minimum (priority, age); markers
     * get ages 0.. in raster order; neighbours in Watershed's documented skimage order.
     */
    static int[] bruteForce(int[] prio, int[] markers, boolean[] mask, Dims d, Connectivity c) {
        int n = d.size();
        int[] out = new int[n];
        int[] queue = new int[n];
        long[] age = new long[n];
        int size = 0;
        long clock = 0;
        for (int i = 0; i < n; i++) {
            if (markers[i] > 0 && (mask == null || mask[i])) {
                out[i] = markers[i];
                queue[size] = i;
                age[size++] = clock++;
            }
        }
        int[][] order = Watershed.neighbourOrder(d, c);
        while (size > 0) {
            int best = 0;
            for (int k = 1; k < size; k++) {
                int a = queue[k];
                int b = queue[best];
                if (prio[a] < prio[b] || (prio[a] == prio[b] && age[k] < age[best])) {
                    best = k;
                }
            }
            int i = queue[best];
            queue[best] = queue[size - 1];
            age[best] = age[size - 1];
            size--;
            for (int j : PrimitivesTestSupport.neighbours(d, order, i)) {
                if (out[j] == 0 && (mask == null || mask[j])) {
                    out[j] = out[i];
                    queue[size] = j;
                    age[size++] = clock++;
                }
            }
        }
        return out;
    }

    @Test
    void aCancelledExecutorStopsTheFloodWithinTwoToTheSixteenSteps() {
        // one marker floods a plateau of 2^17 voxels: 2^17 steps, so the check at step 2^16 sees the
        // cancellation, whichever path (C order, bricked, binary heap for a wide priority range)
        Dims d = new Dims(8, 128, 128);
        int n = d.size();
        int[] markers = new int[n];
        markers[0] = 1;
        int[] flat = new int[n];
        int[] wide = new int[n];
        wide[n - 1] = Integer.MAX_VALUE; // range above MAX_BUCKETS
        AtomicInteger asked = new AtomicInteger();
        TaskExecutor cancelled = TaskExecutor.sequential().cancellable(() -> {
            asked.incrementAndGet();
            return true;
        });
        for (int mode : new int[] {0, 1}) {
            for (int[] prio : new int[][] {flat, wide}) {
                asked.set(0);
                assertThrows(CancelledException.class,
                        () -> WatershedTestSupport.flood(mode, prio, markers, null, d, Connectivity.FACE, cancelled));
                assertTrue(asked.get() > 0);
                assertThrows(CancelledException.class, () -> WatershedTestSupport.floodInPlace(mode, prio.clone(),
                        markers, null, d, Connectivity.FULL, cancelled));
            }
        }
        // a cancellable executor that is not cancelled changes nothing
        Dims small = new Dims(4, 64, 64);
        int[] one = new int[small.size()];
        one[0] = 1;
        int[] labels = Watershed.flood(new int[small.size()], one, null, small, Connectivity.FACE,
                TaskExecutor.sequential().cancellable(() -> false));
        assertEquals(1, labels[small.size() - 1]);
    }

    @Test
    void bucketQueuePoolIsSizedFromTheSeedsQueuedUpFront() {
        // 177 724 seeds over 256 buckets (the skin's flood on 200 x 480 x 480): 2777 full or partly
        // filled chunks plus at most one partly filled chunk per bucket, twice that
        assertEquals(2 * (2777 + 256), Watershed.BucketQueue.poolChunks(256, 177_724));
        // fewer seeds than buckets: one partly filled chunk per seed, 2 * (2 + 100), raised to 1024
        assertEquals(1024, Watershed.BucketQueue.poolChunks(1 << 20, 100), "at least 1024 chunks");
        assertEquals(2 * (157 + 10_000), Watershed.BucketQueue.poolChunks(1 << 20, 10_000));
        assertEquals(1024, Watershed.BucketQueue.poolChunks(1, 0));
        assertEquals(Watershed.BucketQueue.MAX_CHUNKS, Watershed.BucketQueue.poolChunks(1 << 22, Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> Watershed.BucketQueue.poolChunks(0, 1));
    }

    @Test
    void bucketQueueGrowsPastItsPoolAndStaysFirstInFirstOutPerBucket() {
        // the initial pool is 1024 chunks of 64; 3 buckets x 40 000 entries need about 1900
        Watershed.BucketQueue q = new Watershed.BucketQueue(3, 0, TaskExecutor.sequential());
        int per = 40_000;
        for (int i = 0; i < per; i++) {
            for (int b = 2; b >= 0; b--) {
                q.push(b * per + i, b);
            }
        }
        assertTrue(q.chunkNext.length > 1024, "the pool grew");
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < per; i++) {
                assertEquals(b * per + i, q.pop(), "bucket " + b + ", entry " + i);
            }
        }
        assertEquals(0, q.size);
    }
}
