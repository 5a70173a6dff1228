package org.breastct.segmentation;

import java.util.Arrays;

import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/** Builds small test volumes: boxes, balls and masks on flat arrays. */
final class Vol {

    final Dims dims;
    final short[] img;

    Vol(int nz, int ny, int nx, int background) {
        dims = new Dims(nz, ny, nx);
        img = new short[dims.size()];
        Arrays.fill(img, (short) background);
    }

    /** Sets the box [z0, z1) x [y0, y1) x [x0, x1) to {@code hu}. */
    Vol box(int z0, int z1, int y0, int y1, int x0, int x1, int hu) {
        for (int z = z0; z < z1; z++) {
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    img[dims.index(z, y, x)] = (short) hu;
                }
            }
        }
        return this;
    }

    /** Sets voxels within distance r of (cz, cy, cx) (boundary included) to {@code hu}. */
    Vol ball(double cz, double cy, double cx, double r, int hu) {
        for (int z = 0; z < dims.nz(); z++) {
            for (int y = 0; y < dims.ny(); y++) {
                for (int x = 0; x < dims.nx(); x++) {
                    double d2 = (z - cz) * (z - cz) + (y - cy) * (y - cy) + (x - cx) * (x - cx);
                    if (d2 <= r * r) {
                        img[dims.index(z, y, x)] = (short) hu;
                    }
                }
            }
        }
        return this;
    }

    ShortVolume volume(String id) {
        return new ShortVolume(id, dims, Spacing.BREAST_CT, img);
    }

    /** A box mask of the given dims. */
    static boolean[] boxMask(Dims d, int z0, int z1, int y0, int y1, int x0, int x1) {
        boolean[] m = new boolean[d.size()];
        for (int z = z0; z < z1; z++) {
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    m[d.index(z, y, x)] = true;
                }
            }
        }
        return m;
    }

    static long count(byte[] labels, int code) {
        long n = 0;
        for (byte b : labels) {
            if (b == code) {
                n++;
            }
        }
        return n;
    }

    /** Brute-force band(n) of one slice: mask pixels within distance n of a 4-boundary pixel. */
    static boolean[] bruteBand(boolean[] m, Dims d, int n) {
        boolean[] r = new boolean[m.length];
        int ny = d.ny();
        int nx = d.nx();
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    if (!m[d.index(z, y, x)]) {
                        continue;
                    }
                    for (int by = Math.max(0, y - n); by <= Math.min(ny - 1, y + n) && !r[d.index(z, y, x)]; by++) {
                        for (int bx = Math.max(0, x - n); bx <= Math.min(nx - 1, x + n); bx++) {
                            if ((by - y) * (by - y) + (bx - x) * (bx - x) <= n * n && m[d.index(z, by, bx)]
                                    && isBoundary(m, d, z, by, bx)) {
                                r[d.index(z, y, x)] = true;
                                break;
                            }
                        }
                    }
                }
            }
        }
        return r;
    }

    private static boolean isBoundary(boolean[] m, Dims d, int z, int y, int x) {
        return y == 0 || x == 0 || y == d.ny() - 1 || x == d.nx() - 1 || !m[d.index(z, y - 1, x)]
                || !m[d.index(z, y + 1, x)] || !m[d.index(z, y, x - 1)] || !m[d.index(z, y, x + 1)];
    }
}
