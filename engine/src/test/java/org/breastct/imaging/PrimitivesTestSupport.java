package org.breastct.imaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.breastct.volume.Dims;

/** Small helpers shared by the imaging tests: masks from text, random volumes, fixture lines. */
final class PrimitivesTestSupport {

    private PrimitivesTestSupport() {
    }

    /** A mask from rows of '#' (true) and '.' (false); slices separated by an empty string. */
    static boolean[] mask(String... rows) {
        List<Boolean> v = new ArrayList<>();
        for (String r : rows) {
            for (char c : r.toCharArray()) {
                if (c == '#' || c == '.') {
                    v.add(c == '#');
                }
            }
        }
        boolean[] m = new boolean[v.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = v.get(i);
        }
        return m;
    }

    /** A 1-D mask from '1' (true) and '0' (false) characters, e.g. {@code bits("0110")}. */
    static boolean[] bits(String s) {
        boolean[] m = new boolean[s.length()];
        for (int i = 0; i < m.length; i++) {
            m[i] = s.charAt(i) == '1';
        }
        return m;
    }

    /** Renders a mask as rows of '#' and '.' (slices separated by "|"), for readable assertion messages. */
    static String show(boolean[] m, int ny, int nx) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < m.length; i++) {
            if (i > 0 && i % nx == 0) {
                b.append(i % (ny * nx) == 0 ? " | " : " / ");
            }
            b.append(m[i] ? '#' : '.');
        }
        return b.toString();
    }

    /**
     * The flat indices of the neighbours of voxel i that lie inside the volume, in the order of the
     * (dz, dy, dx) rows of {@code order}.
     */
    static int[] neighbours(Dims d, int[][] order, int i) {
        int z = i / (d.ny() * d.nx());
        int y = i / d.nx() % d.ny();
        int x = i % d.nx();
        int[] out = new int[order.length];
        int count = 0;
        for (int[] o : order) {
            int zz = z + o[0];
            int yy = y + o[1];
            int xx = x + o[2];
            if (zz >= 0 && zz < d.nz() && yy >= 0 && yy < d.ny() && xx >= 0 && xx < d.nx()) {
                out[count++] = (zz * d.ny() + yy) * d.nx() + xx;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    static boolean[] random(Random rnd, int n, double p) {
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            m[i] = rnd.nextDouble() < p;
        }
        return m;
    }

    /** Lines of a test resource of this package. */
    static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = PrimitivesTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " not found next to " + PrimitivesTestSupport.class.getName());
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        lines.add(line);
                    }
                }
            }
            return lines;
        }
    }

    /** The integers after the leading keyword of a fixture line. */
    static int[] ints(String line, String keyword) {
        String[] t = line.trim().split("\\s+");
        if (!t[0].equals(keyword)) {
            throw new IllegalArgumentException("expected '" + keyword + "' line, got: " + t[0]);
        }
        int[] v = new int[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            v[i - 1] = Integer.parseInt(t[i]);
        }
        return v;
    }
}
