package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class BallTest {

    @Test
    void includesItsBoundary() {
        Ball b = new Ball(10, 0, 0, 60);
        assertTrue(b.contains(70, 0, 0));
        assertTrue(b.contains(10, 36, 48)); // 36^2 + 48^2 = 60^2
        assertFalse(b.contains(10, 36, 49));
        assertThrows(IllegalArgumentException.class, () -> new Ball(0, 0, 0, -1));
    }

    /** Radius 1 at (0, 1, 1) on a 2 x 3 x 3 grid: the centre and its 5 face neighbours inside the grid. */
    @Test
    void withinAndClearInsideOnAHandCheckedGrid() {
        Dims d = new Dims(2, 3, 3);
        boolean[] all = new boolean[d.size()];
        java.util.Arrays.fill(all, true);
        Ball b = new Ball(0, 1, 1, 1);
        boolean[] inside = PrimitivesTestSupport.mask(".#.", "###", ".#.", "...", ".#.", "...");
        assertArrayEquals(inside, b.within(all, d, TaskExecutor.sequential()));
        boolean[] m = all.clone();
        b.clearInside(m, d, TaskExecutor.sequential());
        assertArrayEquals(MaskOps.not(inside, TaskExecutor.sequential()), m);
    }

    /** A centre outside the grid: same as testing every voxel with contains, with 1 and 3 threads. */
    @Test
    void centreOutsideTheGridMatchesContains() {
        Dims d = new Dims(9, 11, 13);
        boolean[] m = PrimitivesTestSupport.random(new Random(3), d.size(), 0.5);
        Ball b = new Ball(12, -2, 6, 8);
        boolean[] want = new boolean[d.size()];
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 0; y < d.ny(); y++) {
                for (int x = 0; x < d.nx(); x++) {
                    int i = d.index(z, y, x);
                    want[i] = m[i] && b.contains(z, y, x);
                }
            }
        }
        try (TaskExecutor par = TaskExecutor.withThreads(3)) {
            assertArrayEquals(want, b.within(m, d, par));
            boolean[] cleared = m.clone();
            b.clearInside(cleared, d, par);
            assertArrayEquals(MaskOps.andNot(m, want, par), cleared);
        }
    }
}
