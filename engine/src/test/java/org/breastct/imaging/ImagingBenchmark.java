package org.breastct.imaging;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Manual benchmark of the imaging primitives on a synthetic breast-like volume (a half ellipsoid
 * filling most of each slice, narrowing toward the last slice). Not a test and not run by the
 * build; call it from jshell with the test classes on the class path, e.g.
 * <pre>
 *   jshell --class-path &lt;main classes&gt;:&lt;test classes&gt;
 *   jshell&gt; System.out.println(org.breastct.imaging.ImagingBenchmark.run(
 *               new org.breastct.volume.Dims(400, 640, 640), 2))
 * </pre>
 * Needs about 4 GB of heap for 400 x 640 x 640. Reports wall-clock seconds per primitive and, for
 * the sequential watershed, the CPU seconds of the calling thread (on a shared machine wall time
 * can be several times the CPU time).
 */
public final class ImagingBenchmark {

    private ImagingBenchmark() {
    }

    /** Runs each primitive once on a synthetic volume of the given shape; returns one line per step. */
    public static String run(Dims dims, int threads) {
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        boolean[] breast = new boolean[dims.size()];
        double cy = ny / 2.0;
        double cx = nx / 2.0;
        double r0 = 0.44 * Math.min(ny, nx);
        for (int z = 0; z < nz; z++) {
            double r = r0 * Math.sqrt(Math.max(0, 1 - (double) z / (nz * 1.1)));
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    breast[dims.index(z, y, x)] = (y - cy) * (y - cy) + (x - cx) * (x - cx) < r * r;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (TaskExecutor ex = TaskExecutor.withThreads(threads)) {
            long t = System.nanoTime();
            int count = ConnectedComponents.label(breast, dims, Connectivity.FULL, ex).count();
            t = line(out, "label FULL (" + count + " components)", t);
            int[] d2 = DistanceTransform.squared(breast, dims, ex);
            t = line(out, "squared EDT", t);
            Morphology.erode(breast, dims, 5, 5, 5, ex);
            t = line(out, "erode 5x5x5", t);
            Morphology.dilate(breast, dims, 7, 7, 7, ex);
            t = line(out, "dilate 7x7x7", t);
            ContourBand.bands(breast, dims, ex, 3, 9, 25);
            t = line(out, "bands 3, 9, 25", t);
            HoleFilling.fillSlices(breast.clone(), dims, 0, nz, ex);
            t = line(out, "fill holes, all slices", t);
            int[] markers = new int[d2.length];
            for (int i = 0; i < d2.length; i++) {
                markers[i] = d2[i] > 225 ? 1 : 0;
                d2[i] = -d2[i];
            }
            markers[0] = 2;
            long cpu = mx.getCurrentThreadCpuTime();
            t = System.nanoTime();
            Watershed.flood(d2, markers, null, dims, Connectivity.FACE);
            line(out, String.format(Locale.ROOT, "watershed FACE, -EDT^2 (cpu %.2f s)",
                    (mx.getCurrentThreadCpuTime() - cpu) / 1e9), t);
        }
        return dims + ", " + threads + " threads\n" + out;
    }

    private static long line(StringBuilder out, String what, long start) {
        long now = System.nanoTime();
        out.append(String.format(Locale.ROOT, "  %-45s %7.2f s%n", what, (now - start) / 1e9));
        return now;
    }
}
