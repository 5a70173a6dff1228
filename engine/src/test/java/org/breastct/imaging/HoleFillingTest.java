package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class HoleFillingTest {

    @Test
    void enclosedHoleIsFilledButADiagonalLeakToTheBorderKeepsBackground() {
        boolean[] enclosed = PrimitivesTestSupport.mask(
                "#####",
                "#..##",
                "##.##",
                "#####");
        HoleFilling.fillSlices(enclosed, Dims.slice(4, 5), 0, 1);
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#####",
                "#####",
                "#####",
                "#####"), enclosed, PrimitivesTestSupport.show(enclosed, 4, 5));
        // (2,1) touches the border pixel (3,2) only diagonally: 8-connected, so it is not a hole
        // (with the cross structure it would be filled)
        boolean[] leak = PrimitivesTestSupport.mask(
                "####",
                "#..#",
                "#.##",
                "##..");
        boolean[] copy = leak.clone();
        HoleFilling.fillSlices(leak, Dims.slice(4, 4), 0, 1);
        assertArrayEquals(copy, leak, PrimitivesTestSupport.show(leak, 4, 4));
        boolean[] twoHoles = PrimitivesTestSupport.mask(
                "#######",
                "#..#..#",
                "#..#..#",
                "####..#",
                "#....#.",
                "######.");
        HoleFilling.fillSlices(twoHoles, Dims.slice(6, 7), 0, 1);
        // left hole closed; the right and bottom regions reach (4,6) through diagonals and stay
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#######",
                "####..#",
                "####..#",
                "####..#",
                "#....#.",
                "######."), twoHoles, PrimitivesTestSupport.show(twoHoles, 6, 7));
    }

    @Test
    void onlySlicesInTheRangeAreFilled() {
        boolean[] ring = PrimitivesTestSupport.mask("###", "#.#", "###");
        boolean[] m = new boolean[27];
        for (int z = 0; z < 3; z++) {
            System.arraycopy(ring, 0, m, z * 9, 9);
        }
        HoleFilling.fillSlices(m, new Dims(3, 3, 3), 1, 3);
        boolean[] expected = new boolean[27];
        java.util.Arrays.fill(expected, true);
        expected[4] = false; // slice 0 untouched
        assertArrayEquals(expected, m);
    }

    @Test
    void holesTouchingTheBorderStay() {
        boolean[] m = PrimitivesTestSupport.mask("#.#", "#.#", "###");
        boolean[] copy = m.clone();
        HoleFilling.fillSlices(m, Dims.slice(3, 3), 0, 1);
        assertArrayEquals(copy, m);
    }

    @Test
    void rejectsBadRange() {
        assertThrows(IllegalArgumentException.class, () -> HoleFilling.fillSlices(new boolean[9], Dims.slice(3, 3), 0, 2));
    }

    @Test
    void matchesFixpointPropagationOnRandomSlicesForAnyThreadCount() {
        Random rnd = new Random(11);
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (int rep = 0; rep < 40; rep++) {
                Dims d = rep % 2 == 0 ? new Dims(6, 9, 10) : new Dims(3, 31, 40);
                boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), 0.3 + 0.015 * rep);
                int from = rep % 3;
                int to = d.nz() - rep % 2;
                boolean[] expected = m.clone();
                for (int z = from; z < to; z++) {
                    fixpoint(expected, d, z);
                }
                boolean[] a = m.clone();
                HoleFilling.fillSlices(a, d, from, to);
                assertArrayEquals(expected, a, "rep " + rep);
                boolean[] b = m.clone();
                HoleFilling.fillSlices(b, d, from, to, three);
                assertArrayEquals(expected, b, "rep " + rep + " (3 threads)");
            }
        }
    }

    /** Oracle: grow "reachable" from the border by repeated sweeps until nothing changes. */
    static void fixpoint(boolean[] m, Dims d, int z) {
        int ny = d.ny();
        int nx = d.nx();
        boolean[] reach = new boolean[ny * nx];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    if (reach[y * nx + x] || m[d.index(z, y, x)]) {
                        continue;
                    }
                    boolean r = y == 0 || x == 0 || y == ny - 1 || x == nx - 1;
                    for (int dy = -1; dy <= 1 && !r; dy++) {
                        for (int dx = -1; dx <= 1 && !r; dx++) {
                            int yy = y + dy;
                            int xx = x + dx;
                            r = yy >= 0 && yy < ny && xx >= 0 && xx < nx && reach[yy * nx + xx];
                        }
                    }
                    if (r) {
                        reach[y * nx + x] = true;
                        changed = true;
                    }
                }
            }
        }
        for (int p = 0; p < ny * nx; p++) {
            if (!reach[p]) {
                m[z * ny * nx + p] = true;
            }
        }
    }

    @Test
    void fillFirstSlicesClipsItsCount() {
        Dims d = new Dims(2, 3, 3);
        boolean[] ring = PrimitivesTestSupport.mask("###", "#.#", "###");
        boolean[] m = new boolean[d.size()];
        System.arraycopy(ring, 0, m, 0, 9);
        System.arraycopy(ring, 0, m, 9, 9);
        HoleFilling.fillFirstSlices(m, d, 1, TaskExecutor.sequential());
        assertArrayEquals(new boolean[] {true, false}, new boolean[] {m[4], m[13]}, "only slice 0 filled");
        HoleFilling.fillFirstSlices(m, d, 99, TaskExecutor.sequential());
        assertArrayEquals(new boolean[] {true, true}, new boolean[] {m[4], m[13]});
        HoleFilling.fillFirstSlices(m, d, -1, TaskExecutor.sequential()); // nothing, no error
    }
}
