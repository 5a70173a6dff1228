package org.breastct.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.Phantom;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.SegmentationResult;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.segmentation.StageTimes;

/**
 * {@code bench}: segments an in-memory phantom and prints per-stage wall times, voxels per second and
 * the peak heap, the figures the speed and memory goals are checked with (not a test).
 */
final class BenchCommand implements Command {

    /** The authors' scripts on this kind of machine (issue 3): 2.2 microseconds and 170 bytes per voxel. */
    static final double SCRIPTS_MICROS_PER_VOXEL = 2.2;
    static final double SCRIPTS_BYTES_PER_VOXEL = 170;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmark: segment an in-memory phantom, print stage times, voxels/s and peak heap";
    }

    @Override
    public String help() {
        PhantomSpec b = PhantomSpec.BENCHMARK;
        return """
                usage: breastct bench [--shape L,R,C] [--threads N] [--repeat N] [phantom options]

                Generates a phantom in memory (default %d,%d,%d = %.0f M voxels), segments it and prints the
                wall time of each stage, the total, microseconds and voxels per second, and the heap pools'
                peak (absolute, above the input volume, and per voxel), next to the authors' scripts' figures
                (2.2 us and 170 bytes per voxel). Run with e.g. java -Xmx4g -jar breastct.jar bench.
                The pools' peak counts garbage not yet collected, so it grows with -Xmx; the heap the
                method needs is the smallest -Xmx with which this command finishes, which
                scripts/bench-heap.sh (make bench-heap) finds by bisection.

                options:
                  --shape L,R,C   phantom size (default %d,%d,%d)
                  --threads N     worker threads (default: all cores)
                  --repeat N      segment N times, report each run (default 2: the first warms up the JIT)
                  --method M      published (default) or robust
                  --seed N, --ribs N, --implant, --fold   phantom options as for 'phantom'
                  --json          one JSON object per run instead of the table
                  --cancel-latency N   then cancel N segmentations at evenly spaced moments of a run
                                  and print how long each took to stop (the largest is what a
                                  KNIME user waits at most after pressing cancel)
                """.formatted(b.slices(), b.rows(), b.columns(), (double) b.slices() * b.rows() * b.columns() / 1e6,
                b.slices(), b.rows(), b.columns());
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("shape", "threads", "repeat", "seed", "ribs", "cancel-latency", "method");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("implant", "fold", "json", "quiet");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        PhantomSpec spec = PhantomCommand.spec(args, PhantomSpec.BENCHMARK);
        int repeat = Math.max(1, args.intOption("repeat", 2));
        int cancels = args.intOption("cancel-latency", 0);
        boolean json = args.flag("json");
        try (TaskExecutor ex = TaskExecutor.withThreads(args.intOption("threads", 0))) {
            long t0 = System.nanoTime();
            Phantom phantom = PhantomGenerator.generate(spec, ex, Progress.NONE);
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            long voxels = (long) spec.slices() * spec.rows() * spec.columns();
            if (!json) {
                console.result(String.format(Locale.ROOT,
                        "phantom %s %dx%dx%d (%.1f M voxels) generated in %.1f s; threads %d; max heap %d MB",
                        spec.id(), spec.slices(), spec.rows(), spec.columns(), voxels / 1e6, genSeconds, ex.threads(),
                        Runtime.getRuntime().maxMemory() >> 20));
            }
            var image = phantom.image();
            phantom = null;
            BreastSegmenter segmenter = new BreastSegmenter(
                    SegmentationSettings.DEFAULTS.toBuilder().method(SegmentCommand.method(args)).build(), ex);
            for (int run = 1; run <= repeat; run++) {
                System.gc();
                long baseline = heapUsed();
                resetPeaks();
                long start = System.nanoTime();
                // no reference to a run's result survives into the next run (it would count in its peak)
                SegmentationResult r = segmenter.segment(image, Progress.cancelledWhen(console::cancelled));
                double wall = (System.nanoTime() - start) / 1e9;
                long peak = peakHeap();
                report(console, json, run, spec, voxels, wall, baseline, peak, r);
                r = null;
            }
            if (cancels > 0) {
                cancelLatency(console, segmenter, image, cancels);
            }
        }
        return Main.OK;
    }

    /**
     * Cancels {@code count} segmentations of {@code image}, the k-th at k / (count + 1) of the
     * duration of an uncancelled run, and prints the time from the cancel request to the
     * {@link CancelledException} (the largest and the median).
     */
    private static void cancelLatency(Console console, BreastSegmenter segmenter,
            org.breastct.volume.ShortVolume image, int count) {
        long t0 = System.nanoTime();
        segmenter.segment(image, Progress.NONE);
        double full = (System.nanoTime() - t0) / 1e9;
        double[] latencies = new double[count];
        int cancelled = 0;
        int finished = 0;
        for (int k = 1; k <= count; k++) {
            AtomicLong at = new AtomicLong();
            at.set(System.nanoTime() + (long) (full * k / (count + 1) * 1e9));
            try {
                segmenter.segment(image, Progress.cancelledWhen(() -> System.nanoTime() >= at.get()));
                finished++;
            } catch (CancelledException e) {
                latencies[cancelled++] = (System.nanoTime() - at.get()) / 1e9;
            }
        }
        double[] l = Arrays.copyOf(latencies, cancelled);
        Arrays.sort(l);
        if (l.length == 0) {
            console.result("cancel latency: every run finished before its cancel moment");
            return;
        }
        console.result(String.format(Locale.ROOT,
                "cancel latency over %d cancels spread over a %.1f s run: largest %.3f s, median %.3f s%s", l.length,
                full, l[l.length - 1], l[l.length / 2], finished > 0 ? " (" + finished + " runs finished first)" : ""));
    }

    private static void report(Console console, boolean json, int run, PhantomSpec spec, long voxels,
            double wall, long baseline, long peak, SegmentationResult r) {
        StageTimes t = r.times();
        double usPerVoxel = wall * 1e6 / voxels;
        double bytesPerVoxel = (double) peak / voxels;
        double aboveInputPerVoxel = (double) (peak - baseline) / voxels;
        if (json) {
            console.result(String.format(Locale.ROOT,
                    "{\"run\":%d,\"shape\":[%d,%d,%d],\"voxels\":%d,\"wall_s\":%.3f,\"stages_s\":{\"fold\":%.3f,"
                            + "\"skin\":%.3f,\"rib\":%.3f,\"silicone\":%.3f,\"muscle\":%.3f,\"glands\":%.3f,"
                            + "\"total\":%.3f},\"us_per_voxel\":%.4f,\"voxels_per_s\":%.0f,\"peak_heap_mb\":%d,"
                            + "\"heap_bytes_per_voxel\":%.2f,\"heap_above_input_bytes_per_voxel\":%.2f,"
                            + "\"flags\":{\"fold\":%b,\"rib\":%b,\"implant\":%b,\"muscle\":%b}}",
                    run, spec.slices(), spec.rows(), spec.columns(), voxels, wall, t.fold(), t.skin(), t.rib(),
                    t.silicone(), t.muscle(), t.glands(), t.total(), usPerVoxel, voxels / wall, peak >> 20,
                    bytesPerVoxel, aboveInputPerVoxel, r.foldFound(), r.ribFound(), r.implantFound(), r.muscleFound()));
            return;
        }
        console.result(String.format(Locale.ROOT, "run %d: fold %.2f s | skin %.2f s | rib %.2f s | silicone %.2f s"
                + " | muscle %.2f s | glands %.2f s | total %.2f s (wall %.2f s)", run, t.fold(), t.skin(), t.rib(),
                t.silicone(), t.muscle(), t.glands(), t.total(), wall));
        console.result(String.format(Locale.ROOT,
                "       %.3f us/voxel (scripts %.1f: %.0fx faster), %.1f M voxels/s; heap pools' peak %d MB = %.1f"
                        + " bytes/voxel (%.1f above the input; an upper bound: garbage counts until collected;"
                        + " scripts/bench-heap.sh finds the smallest -Xmx; scripts %.0f)",
                usPerVoxel, SCRIPTS_MICROS_PER_VOXEL, SCRIPTS_MICROS_PER_VOXEL / usPerVoxel, voxels / wall / 1e6,
                peak >> 20, bytesPerVoxel, aboveInputPerVoxel, SCRIPTS_BYTES_PER_VOXEL));
        console.result("       found: fold=" + r.foldFound() + " rib=" + r.ribFound() + " implant=" + r.implantFound()
                + " muscle=" + r.muscleFound());
    }

    private static long heapUsed() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getUsage().getUsed();
            }
        }
        return sum;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /**
     * Sum of the heap pools' peak usage since the reset: an upper bound of the live peak (pools peak at
     * different moments, and garbage counts until collected).
     */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
