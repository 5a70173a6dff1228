package org.breastct.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CylinderGeometryTest {

    /** Parses rows of '#' (outside) and '.' (inside). */
    static boolean[] picture(String... rows) {
        int c = rows[0].length();
        boolean[] m = new boolean[rows.length * c];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < c; j++) {
                m[i * c + j] = rows[i].charAt(j) == '#';
            }
        }
        return m;
    }

    @Test
    void eightByTenWithMarginTwoByHand() {
        // R=8, C=10, radius C/2 - 2 = 3; di = i+1-4 in -3..4, dj = j+1-5 in -4..5; outside if di^2+dj^2 > 9
        boolean[] expected = picture(
                "####.#####",  // di=-3: only dj=0 inside
                "##.....###",  // di=-2: |dj| <= 2
                "##.....###",  // di=-1: |dj| <= 2
                "#.......##",  // di= 0: |dj| <= 3
                "##.....###",  // di= 1
                "##.....###",  // di= 2
                "####.#####",  // di= 3
                "##########"); // di= 4: 16 > 9
        assertArrayEquals(expected, CylinderGeometry.outsideMask(8, 10, 2));
        assertTrue(CylinderGeometry.isOutside(7, 4, 8, 10, 2));
        assertEquals(false, CylinderGeometry.isOutside(3, 1, 8, 10, 2));
    }

    @Test
    void boundaryIsInside() {
        // R=C=4, margin 0: radius 2; pixel (3,1): di=2, dj=0 -> distance exactly 2, not > 2 -> inside
        assertEquals(false, CylinderGeometry.isOutside(3, 1, 4, 4, 0));
        assertEquals(true, CylinderGeometry.isOutside(3, 2, 4, 4, 0));
    }

    @Test
    void negativeRadiusPutsEverythingOutside() {
        boolean[] m = CylinderGeometry.outsideMask(3, 4, 10);
        for (boolean b : m) {
            assertTrue(b);
        }
    }

    @Test
    void matchesSqrtFormulaOnRandomGrids() {
        Random rnd = new Random(1234);
        for (int t = 0; t < 200; t++) {
            int r = 1 + rnd.nextInt(40);
            int c = 1 + rnd.nextInt(40);
            int margin = rnd.nextInt(12);
            boolean[] m = CylinderGeometry.outsideMask(r, c, margin);
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    boolean brute = Math.sqrt(Math.pow(i + 1 - r / 2.0, 2) + Math.pow(j + 1 - c / 2.0, 2))
                            > c / 2.0 - margin;
                    assertEquals(brute, m[i * c + j], "R=" + r + " C=" + c + " margin=" + margin + " at " + i + "," + j);
                }
            }
        }
    }
}
