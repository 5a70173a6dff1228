package org.breastct.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class GreyMappingTest {

    @Test
    void scriptsWindowAtHandCheckedValues() {
        // window [-1024, 200], width 1224: grey = table(trunc(256 (hu + 1024) / 1224))
        assertEquals(0, GreyMapping.grey(-2000, -1024, 200));
        assertEquals(0, GreyMapping.grey(-1024, -1024, 200));
        assertEquals(0, GreyMapping.grey(-1020, -1024, 200)); // 256 * 4 / 1224 = 0.84
        assertEquals(1, GreyMapping.grey(-1019, -1024, 200)); // 256 * 5 / 1224 = 1.05
        assertEquals(128, GreyMapping.grey(-412, -1024, 200)); // exactly half: 128
        assertEquals(255, GreyMapping.grey(200, -1024, 200)); // x = 256 -> last entry
        assertEquals(255, GreyMapping.grey(199, -1024, 200)); // 256 * 1223 / 1224 = 255.79
        assertEquals(255, GreyMapping.grey(3000, -1024, 200));
        // matplotlib's byte table is i - 1 at i = 33: values with index 33 come out 32
        // index 33 <=> 33 <= 256 (hu + 1024) / 1224 < 34 <=> hu in [-866, -862]
        assertEquals(32, GreyMapping.grey(-866, -1024, 200));
        assertEquals(32, GreyMapping.grey(-862, -1024, 200));
        assertEquals(34, GreyMapping.grey(-861, -1024, 200));
    }

    @Test
    void labelRamp() {
        int[] expected = {0, 42, 85, 128, 170, 213, 255, 255, 255, 255};
        for (int code = 0; code < expected.length; code++) {
            assertEquals(expected[code], GreyMapping.labelGrey(code), "label " + code);
        }
        assertEquals(255, GreyMapping.labelGrey(255));
    }

    @Test
    void tablesAgreeWithTheFunction() {
        byte[] s = GreyMapping.shortTable(-1024, 200);
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v += 7) {
            assertEquals(GreyMapping.grey(v, -1024, 200), s[v - Short.MIN_VALUE] & 0xFF, "HU " + v);
        }
        byte[] b = GreyMapping.byteTable(0, 6);
        for (int v = 0; v < 256; v++) {
            assertEquals(GreyMapping.labelGrey(v), b[v] & 0xFF);
        }
    }

    @Test
    void invalidWindow() {
        assertThrows(IllegalArgumentException.class, () -> GreyMapping.grey(0, 200, 200));
        assertThrows(IllegalArgumentException.class, () -> GreyMapping.shortTable(300, 200));
    }

    /** grey_mapping.txt was written by matplotlib's imsave (make_grey_fixture.py): every value must match. */
    @Test
    void matchesMatplotlibImsave() throws IOException {
        int blocks = 0;
        int checked = 0;
        try (InputStream in = GreyMappingTest.class.getResourceAsStream("grey_mapping.txt")) {
            assertNotNull(in, "fixture grey_mapping.txt missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] h = line.split(" ");
                assertEquals("window", h[0]);
                int low = Integer.parseInt(h[1]);
                int high = Integer.parseInt(h[2]);
                int first = Integer.parseInt(h[4]);
                int step = Integer.parseInt(h[6]);
                String[] values = r.readLine().split(" ");
                for (int k = 0; k < values.length; k++) {
                    int v = first + k * step;
                    assertEquals(Integer.parseInt(values[k]), GreyMapping.grey(v, low, high),
                            "value " + v + " in window [" + low + ", " + high + "]");
                    checked++;
                }
                blocks++;
            }
        }
        assertEquals(4, blocks);
        assertEquals(1401 + 256 + 2111 + 676, checked);
    }
}
