package org.breastct.imaging;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Manual benchmark of the imaging primitives. Not a test and not run by the build.
 *
 * <p>{@link #run(Dims, int)}: a synthetic breast-like volume (a half ellipsoid filling most of each
 * slice, narrowing toward the last slice), e.g. from jshell with the test classes on the class path.
 *
 * <p>{@link #main}: the realistic workload of the skin stage on the 400 x 640 x 640 benchmark
 * phantom ({@code PhantomSpec.BENCHMARK}, generated through reflection so that this package does not
 * depend on {@code org.breastct.phantom} at compile time; the image is cached in a file):
 * breast = img &gt; -500; band3 = band(breast, 3); t = (img &gt; -180 AND breast) OR band3;
 * ws = erode5(t) OR band3 OR NOT breast; EDT of ws; markers = label(EDT &gt; 225, FULL); watershed
 * FACE with priority -EDT in ws (as the pipeline calls it, and through the overload with a
 * {@link TaskExecutor}); hole filling of all slices of breast. Every primitive is timed per
 * repetition, then its result is hashed (outside the timing), so runs before and after an
 * optimisation can be compared voxel for voxel. Usage:
 * <pre>
 *   java -Xmx6g -cp main:test:testkit org.breastct.imaging.ImagingBenchmark [threads] [reps] [cacheFile]
 * </pre>
 * ({@code testkit}: {@code testkit/target/classes}, where the phantom lives; not needed once the image is cached).
 */
public final class ImagingBenchmark {

    private ImagingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int brickMode = Integer.getInteger("brickMode", WatershedTestSupport.AUTOMATIC); // 0 never, 1 always
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path cache = Path.of(args.length > 2 ? args[2]
                : System.getProperty("java.io.tmpdir") + "/breastct-bench-image.bin");
        Dims dims = new Dims(400, 640, 640);
        short[] img = loadOrGenerate(cache, dims);
        int n = dims.size();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (TaskExecutor ex = TaskExecutor.withThreads(threads)) {
            boolean[] breast = new boolean[n];
            for (int i = 0; i < n; i++) {
                breast[i] = img[i] > -500;
            }
            for (int rep = 0; rep < reps; rep++) {
                System.out.println("-- repetition " + (rep + 1) + ", " + threads + " threads");
                long t = System.nanoTime();
                boolean[] band3 = ContourBand.band(breast, dims, 3, ex);
                t = line("band 3", System.nanoTime() - t, hash(band3));
                boolean[][] bs = ContourBand.bands(breast, dims, ex, 3, 9, 25);
                t = line("bands 3, 9, 25", System.nanoTime() - t, hash(bs[0]) ^ 31 * hash(bs[1]) ^ 961 * hash(bs[2]));
                bs = null;
                boolean[] tt = new boolean[n];
                for (int i = 0; i < n; i++) {
                    tt[i] = (img[i] > -180 && breast[i]) || band3[i];
                }
                t = System.nanoTime();
                boolean[] er = Morphology.erode(tt, dims, 5, ex);
                t = line("erode 5x5x5", System.nanoTime() - t, hash(er));
                boolean[] di = Morphology.dilate(tt, dims, 7, ex);
                t = line("dilate 7x7x7", System.nanoTime() - t, hash(di));
                di = null;
                boolean[] ws = new boolean[n];
                for (int i = 0; i < n; i++) {
                    ws[i] = er[i] || band3[i] || !breast[i];
                }
                er = null;
                tt = null;
                t = System.nanoTime();
                int[] d2 = DistanceTransform.squared(ws, dims, ex);
                t = line("EDT squared", System.nanoTime() - t, hash(d2));
                boolean[] deep = new boolean[n];
                for (int i = 0; i < n; i++) {
                    deep[i] = d2[i] > 225;
                }
                t = System.nanoTime();
                Labeling lab = ConnectedComponents.label(deep, dims, Connectivity.FULL, ex);
                t = line("label FULL (" + lab.count() + ")", System.nanoTime() - t, hash(lab.labels()));
                deep = null;
                for (int i = 0; i < n; i++) {
                    d2[i] = -d2[i];
                }
                long cpu = mx.getCurrentThreadCpuTime();
                t = System.nanoTime();
                int[] w = WatershedTestSupport.flood(brickMode, d2, lab.labels(), ws, dims, Connectivity.FACE,
                        TaskExecutor.sequential());
                t = line(String.format(Locale.ROOT, "watershed FACE (cpu %.2f s)",
                        (mx.getCurrentThreadCpuTime() - cpu) / 1e9), System.nanoTime() - t, hash(w));
                w = null;
                t = System.nanoTime();
                w = WatershedTestSupport.flood(brickMode, d2, lab.labels(), ws, dims, Connectivity.FACE, ex);
                t = line("watershed FACE, executor overload", System.nanoTime() - t, hash(w));
                w = null;
                d2 = null;
                lab = null;
                boolean[] f = breast.clone();
                t = System.nanoTime();
                HoleFilling.fillSlices(f, dims, 0, dims.nz(), ex);
                line("fill holes, all slices", System.nanoTime() - t, hash(f));
            }
        }
    }

    private static short[] loadOrGenerate(Path cache, Dims dims) throws Exception {
        int n = dims.size();
        if (Files.exists(cache) && Files.size(cache) == 2L * n) {
            short[] img = new short[n];
            ByteBuffer.wrap(Files.readAllBytes(cache)).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(img);
            return img;
        }
        Class<?> gen = Class.forName("org.breastct.phantom.PhantomGenerator");
        Class<?> specClass = Class.forName("org.breastct.phantom.PhantomSpec");
        Class<?> progress = Class.forName("org.breastct.progress.Progress");
        Object spec = specClass.getField("BENCHMARK").get(null);
        Object phantom;
        try (TaskExecutor ex = TaskExecutor.withThreads(2)) {
            phantom = gen.getMethod("generate", specClass, TaskExecutor.class, progress)
                    .invoke(null, spec, ex, progress.getField("NONE").get(null));
        }
        Object image = phantom.getClass().getMethod("image").invoke(phantom);
        short[] img = (short[]) image.getClass().getMethod("data").invoke(image);
        ByteBuffer b = ByteBuffer.allocate(2 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(img);
        Files.write(cache, b.array());
        return img;
    }

    private static long hash(boolean[] a) {
        long h = 1125899906842597L;
        for (int i = 0; i < a.length; i++) {
            h = 31 * h + (a[i] ? 1 : 0) + i;
        }
        return h;
    }

    private static long hash(int[] a) {
        long h = 1125899906842597L;
        for (int i = 0; i < a.length; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    /** Prints one timing (nanoseconds, measured before the hash was computed); returns the time now. */
    private static long line(String what, long elapsed, long hash) {
        System.out.printf(Locale.ROOT, "  %-40s %7.2f s   hash %016x%n", what, elapsed / 1e9, hash);
        return System.nanoTime();
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
