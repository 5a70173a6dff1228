package org.breastct.phantom;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;

/** Phantoms shared by the tests of this package (generated once per JVM), and brute-force helpers. */
final class TestPhantoms {

    /** Plain breast, 60 x 160 x 160. */
    static final PhantomSpec SMALL = PhantomSpec.DEFAULT.withShape(60, 160, 160);
    /** Skin fold, 60 x 200 x 200. */
    static final PhantomSpec FOLD = PhantomSpec.DEFAULT.withShape(60, 200, 200).withSeed(2).withFold(true);
    /** Two ribs and an implant, 60 x 240 x 240. */
    static final PhantomSpec RIBS_IMPLANT = PhantomSpec.DEFAULT.withShape(60, 240, 240).withSeed(3).withRibs(2)
            .withImplant(true);

    private static final Map<PhantomSpec, Phantom> CACHE = new ConcurrentHashMap<>();

    private TestPhantoms() {
    }

    static Phantom get(PhantomSpec spec) {
        return CACHE.computeIfAbsent(spec, s -> PhantomGenerator.generate(s, TaskExecutor.sequential(), Progress.NONE));
    }

    /** Number of voxels per truth code 0..255. */
    static long[] histogram(byte[] truth) {
        long[] h = new long[256];
        for (byte b : truth) {
            h[b & 0xFF]++;
        }
        return h;
    }

    /** Mean image value over voxels whose truth is {@code code} (NaN if none). */
    static double meanHu(Phantom p, int code) {
        short[] img = p.image().data();
        byte[] t = p.truth().data();
        double sum = 0;
        long n = 0;
        for (int i = 0; i < img.length; i++) {
            if (t[i] == code) {
                sum += img[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * 8-connected component labels of a 2-D mask by breadth-first search: 0 background, components
     * numbered 1.. in raster order of their first pixel. Returns the labels; sizes via {@link #sizes}.
     */
    static int[] label2d(boolean[] mask, int ny, int nx) {
        return label3d(mask, 1, ny, nx); // one slice: the 26 neighbours are the 8 in the slice
    }

    /** 26-connected component labels of a 3-D mask by breadth-first search (as {@link #label2d}). */
    static int[] label3d(boolean[] mask, int nz, int ny, int nx) {
        int[] lab = new int[mask.length];
        int next = 0;
        ArrayDeque<Integer> q = new ArrayDeque<>();
        int plane = ny * nx;
        for (int s = 0; s < lab.length; s++) {
            if (!mask[s] || lab[s] != 0) {
                continue;
            }
            lab[s] = ++next;
            q.add(s);
            while (!q.isEmpty()) {
                int p = q.poll();
                int z = p / plane;
                int y = p % plane / nx;
                int x = p % nx;
                for (int dz = -1; dz <= 1; dz++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int zz = z + dz;
                            int yy = y + dy;
                            int xx = x + dx;
                            if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                                continue;
                            }
                            int n = (zz * ny + yy) * nx + xx;
                            if (mask[n] && lab[n] == 0) {
                                lab[n] = next;
                                q.add(n);
                            }
                        }
                    }
                }
            }
        }
        return lab;
    }

    /** Sizes of the labels 0..max of a labelling. */
    static long[] sizes(int[] lab) {
        int max = 0;
        for (int l : lab) {
            max = Math.max(max, l);
        }
        long[] s = new long[max + 1];
        for (int l : lab) {
            s[l]++;
        }
        return s;
    }
}
