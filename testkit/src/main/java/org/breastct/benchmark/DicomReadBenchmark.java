package org.breastct.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.io.dicom.DicomSeriesWriter;
import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.preprocessing.CylinderGeometry;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * Benchmark command (not a test): writes a synthetic int16 series of the given size to a temporary
 * folder the way a scanner exports it, reads it back with {@link DicomSeriesReader} (default
 * options) and prints the read time and the heap used during the read relative to the volume size.
 *
 * <p>Usage: {@code java -cp engine/target/classes:testkit/target/classes:/usr/share/java/pixelmed.jar
 * org.breastct.benchmark.DicomReadBenchmark [nz ny nx]} (default 400 640 640, 0.3 mm). The synthetic
 * breast is a half-ellipsoid of fat with a glandular core on -1024 air, a cylinder ring and -2000 padding outside the reconstruction circle;
 * the last tenth of the slices is empty, so trimming copies the volume.
 *
 * <p>Heap: after a full GC, the used heap is sampled every 2 ms by a daemon thread during the read;
 * the maximum minus the baseline is the read's peak (the sampling may miss short spikes; the sum of
 * the heap pools' peak usages, an upper bound, is printed too).
 */
public final class DicomReadBenchmark {

    private DicomReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nz = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int ny = args.length > 1 ? Integer.parseInt(args[1]) : 640;
        int nx = args.length > 2 ? Integer.parseInt(args[2]) : 640;
        Path root = Files.createTempDirectory("breastct-dicom-bench");
        Path series = root.resolve("bench");
        try {
            long t0 = System.nanoTime();
            ShortVolume v = synthetic(nz, ny, nx);
            DicomSeriesWriter.writeImages(v, series, DicomWriteOptions.DEFAULTS.withPadOutsideCircle(true),
                    Progress.NONE);
            long volumeBytes = v.sizeInBytes();
            v = null;
            System.out.printf(Locale.ROOT, "wrote %d x %d x %d int16 (%.1f MB) to %s in %.2f s%n", nz, ny, nx,
                    volumeBytes / 1e6, series, (System.nanoTime() - t0) / 1e9);

            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            System.gc();
            System.gc();
            long baseline = mem.getHeapMemoryUsage().getUsed();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            AtomicLong max = new AtomicLong(baseline);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    max.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();

            long t1 = System.nanoTime();
            DicomSeries s = DicomSeriesReader.read(series, Progress.NONE);
            double seconds = (System.nanoTime() - t1) / 1e9;
            running.set(false);
            sampler.join();
            max.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
            long poolPeaks = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    poolPeaks += pool.getPeakUsage().getUsed();
                }
            }
            long peak = max.get() - baseline;
            System.out.printf(Locale.ROOT, "read %s (%d of %d slices kept, %d warnings) in %.2f s (%.0f MB/s)%n",
                    s.volume().dims(), s.info().slicesKept(), s.info().slicesRead(), s.warnings().size(), seconds,
                    volumeBytes / 1e6 / seconds);
            System.out.printf(Locale.ROOT, "peak heap during read: sampled %.1f MB above baseline = %.2f x volume;"
                    + " heap pool peaks sum %.1f MB = %.2f x volume%n", peak / 1e6, (double) peak / volumeBytes,
                    (poolPeaks - baseline) / 1e6, (double) (poolPeaks - baseline) / volumeBytes);
        } finally {
            deleteTree(root);
        }
    }

    /** Half-ellipsoid breast on air; nipple towards the last slices; last 10 % of slices empty. */
    static ShortVolume synthetic(int nz, int ny, int nx) {
        ShortVolume v = ShortVolume.zeros("bench", new Dims(nz, ny, nx), Spacing.BREAST_CT);
        short[] d = v.data();
        int depth = Math.max(1, (int) (nz * 0.9));
        double cy = ny / 2.0;
        double cx = nx / 2.0;
        double r0 = Math.min(ny, nx) * 0.35;
        boolean[] ringPixels = CylinderGeometry.outsideMask(ny, nx, CylinderGeometry.DEFAULT_MARGIN);
        boolean[] fov = CylinderGeometry.outsideMask(ny, nx, 0);
        for (int z = 0; z < nz; z++) {
            double t = (double) z / depth;
            double r = t < 1 ? r0 * Math.sqrt(1 - t * t) : -1;
            int off = z * ny * nx;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int k = y * nx + x;
                    double dy = y - cy;
                    double dx = x - cx;
                    double rr = Math.sqrt(dy * dy + dx * dx);
                    short hu = -1024;
                    if (rr <= r) {
                        hu = (short) (rr < r * 0.4 ? 20 + ((x * 7 + y * 13 + z) & 31) : -100 + ((x + y + z) & 15));
                    } else if (ringPixels[k] && !fov[k] && rr > Math.min(ny, nx) / 2.0 - 10) {
                        hu = 300; // cylinder wall
                    }
                    d[off + k] = hu;
                }
            }
        }
        return v;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
