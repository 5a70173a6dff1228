package org.breastct.knime.view;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.breastct.knime.data.VolumeFiles;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a unit test (not matched by the test includes; run it with
 * {@code make bench-view}): how long the volume view takes to show the first slice of a
 * 400 x 640 x 640 breast (image + labels as volume cells store them, one NPY file each), and the
 * following requests. Prints wall and process CPU times; asserts nothing about time.
 *
 * <p>The files are written just before, so they are in the OS page cache (as a table KNIME has just
 * written or read is); a cold disk adds its read time to the whole-volume figures only, the first
 * coronal slice reads 0.8 MB.
 */
class VolumeViewBench {

    @Test
    void firstSliceOf400x640x640() throws Exception {
        Dims d = new Dims(400, 640, 640);
        Path dir = Files.createTempDirectory("breastct-view-bench-");
        try {
            short[] hu = new short[d.size()];
            byte[] lab = new byte[d.size()];
            for (int z = 0; z < d.nz(); z++) {
                for (int y = 0; y < d.ny(); y++) {
                    int row = d.index(z, y, 0);
                    for (int x = 0; x < d.nx(); x++) {
                        int r2 = (y - 320) * (y - 320) + (x - 320) * (x - 320);
                        boolean in = r2 < (300 - z / 2) * (300 - z / 2);
                        hu[row + x] = (short) (in ? -100 + ((x * 7 + y * 13 + z) % 200) : -1000);
                        lab[row + x] = (byte) (in ? 1 + (x / 40 + y / 40 + z / 40) % 3 : 0);
                    }
                }
            }
            Path img = dir.resolve("bench.npy");
            Path seg = dir.resolve("segmentation_bench.npy");
            VolumeFiles.write(img, new ShortVolume("bench", d, Spacing.BREAST_CT, hu), Progress.NONE);
            VolumeFiles.write(seg, new ByteVolume("bench", d, Spacing.BREAST_CT, lab), Progress.NONE);
            hu = null;
            lab = null;
            System.gc();
            System.out.printf(Locale.ROOT, "volume view bench: %s int16 image + uint8 labels, %d cores%n", d,
                Runtime.getRuntime().availableProcessors());
            // a fresh JVM first loads AWT, ImageIO's PNG writer and the view's classes (KNIME has the first two
            // loaded long before a view opens): timed on a tiny breast, apart from the per-breast figures
            ShortVolume tiny = new ShortVolume("tiny", new Dims(2, 2, 2), Spacing.BREAST_CT, new short[8]);
            long w0 = System.nanoTime();
            long wc0 = cpu();
            new VolumeViewService(List.of(new ViewRow("tiny", new MemorySource(tiny), null))).slice(0, "coronal", 0,
                -1024, 200, 0.5, null);
            System.out.printf(Locale.ROOT, "JVM warm-up (class loading, first PNG of a 2x2 slice): %.0f ms wall,"
                + " %.0f ms CPU%n", (System.nanoTime() - w0) / 1e6, (cpu() - wc0) / 1e6);
            for (int run = 1; run <= 3; run++) {
                VolumeViewService s = new VolumeViewService(List.of(new ViewRow("Row0",
                    FileSource.of(img, Spacing.BREAST_CT), FileSource.of(seg, Spacing.BREAST_CT))));
                long c0 = cpu();
                long t0 = System.nanoTime();
                s.initialData();
                ViewData.Slice first = s.slice(0, "coronal", 200, -1024, 200, 0.5, null);
                long t1 = System.nanoTime();
                long c1 = cpu();
                s.slice(0, "sagittal", 320, -1024, 200, 0.5, null);
                long t2 = System.nanoTime();
                long n = 20;
                for (int i = 0; i < n; i++) {
                    s.slice(0, "coronal", 100 + i, -1024, 200, 0.5, null);
                }
                long t3 = System.nanoTime();
                s.labelVolumes(0);
                long t4 = System.nanoTime();
                System.out.printf(Locale.ROOT,
                    "run %d: first coronal slice (initial data + slice 200, overlay, PNG %d KB base64) %.0f ms wall,"
                        + " %.0f ms CPU; first sagittal (waits for the whole volumes) %.0f ms; next coronal slices"
                        + " %.1f ms each; label volumes %.0f ms%n",
                    run, first.png().length() / 1024, (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6,
                    (t3 - t2) / 1e6 / n, (t4 - t3) / 1e6);
                s.release();
                System.gc();
            }
        } finally {
            Files.deleteIfExists(dir.resolve("bench.npy"));
            Files.deleteIfExists(dir.resolve("segmentation_bench.npy"));
            Files.deleteIfExists(dir);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }
}
