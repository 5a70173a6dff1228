package org.breastct.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * the peak heap, the figures the speed and memory goals are checked with (not a test). Each size runs
 * in a fresh JVM (a child process with this JVM's options), so that its first run is what a user
 * segmenting one breast waits (cold: the JIT has compiled nothing of the segmentation yet) and the
 * later runs what a batch waits (warm); {@code --in-process} runs in this JVM instead.
 */
final class BenchCommand implements Command {

    /** The authors' scripts on this kind of machine (issue 3): 2.2 microseconds and 170 bytes per voxel. */
    static final double SCRIPTS_MICROS_PER_VOXEL = 2.2;
    static final double SCRIPTS_BYTES_PER_VOXEL = 170;

    /** The sizes benchmarked by default: a typical breast, and the large case of the speed goals. */
    static final List<int[]> DEFAULT_SHAPES = List.of(new int[] {200, 480, 480}, new int[] {400, 640, 640});

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

                For each size (default 200,480,480, a typical breast, and %d,%d,%d = %.0f M voxels) starts a
                fresh JVM with this JVM's options, generates a phantom in memory, segments it --repeat times
                and prints the wall time of each stage, the total, microseconds and voxels per second, and
                the heap pools' peak (absolute, above the input volume, and per voxel); then a table of cold
                (run 1: the first segmentation in the fresh JVM, what one breast costs) and warm (the best
                later run, as in a batch) times next to the authors' scripts (2.2 us and 170 bytes per voxel).
                Reading and writing files are not included (time 'segment' for those). Run with e.g.
                java -Xmx4g -jar breastct.jar bench. The pools' peak counts garbage not yet collected, so it
                grows with -Xmx; the heap the method needs is the smallest -Xmx with which this command
                finishes, which scripts/bench-heap.sh (make bench-heap) finds by bisection.

                options:
                  --shape L,R,C   one phantom size instead of the two defaults
                  --threads N     worker threads (default: all cores)
                  --repeat N      segment N times per size, report each run (default 2: cold, then warm)
                  --in-process    run in this JVM, one size (default %d,%d,%d), no fresh JVM
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
        return Set.of("implant", "fold", "json", "quiet", "in-process");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        if (args.flag("in-process")) {
            return runHere(args, console);
        }
        // usage errors before any JVM is started
        PhantomOptions.spec(args, PhantomSpec.BENCHMARK);
        args.intOption("threads", 0);
        args.intOption("cancel-latency", 0);
        int repeat = Math.max(1, args.intOption("repeat", 2));
        int[] shape = args.shapeOption("shape");
        List<int[]> shapes = shape != null ? List.<int[]>of(shape) : DEFAULT_SHAPES;
        if (!args.flag("json")) {
            // the figures depend on them: e.g. -XX:+UseTransparentHugePages from scripts/breastct (make bench)
            List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
            console.result("benchmark JVMs: Java " + System.getProperty("java.version") + ", "
                    + Runtime.getRuntime().availableProcessors() + " processors, options: "
                    + (options.isEmpty() ? "none" : String.join(" ", options)));
        }
        List<String> table = new ArrayList<>();
        for (int[] sh : shapes) {
            List<String> command = childCommand(args, sh, repeat);
            Child child = runChild(command, console, args.flag("json"));
            if (child.code != Main.OK) {
                console.error("bench: the benchmark JVM for " + sh[0] + "," + sh[1] + "," + sh[2] + " exited with "
                        + child.code + (child.err.isBlank() ? "" : ": " + child.err.strip()));
                return child.code == Main.CANCELLED || child.code == Main.USAGE ? child.code : Main.ERROR;
            }
            if (console.cancelled()) {
                return Main.CANCELLED;
            }
            table.add(summaryRow(sh, child.walls, child.cpus));
        }
        if (!args.flag("json")) {
            console.result("");
            console.result(String.format(Locale.ROOT, "%-13s %8s  %-34s %-34s %s", "size", "voxels",
                    "cold (run 1, fresh JVM)", "warm (best of runs 2.." + repeat + ")", "speed-up vs scripts"));
            console.result("(wall time of the segmentation; CPU: the benchmark JVM's CPU time during the run, all"
                    + " threads incl. JIT and GC, the figure to compare on a loaded machine)");
            table.forEach(console::result);
        }
        return Main.OK;
    }

    /** The command line of the fresh JVM for one size: this JVM's options, {@code bench --in-process --json}. */
    private static List<String> childCommand(Args args, int[] shape, int repeat) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(Main.class.getName());
        c.addAll(List.of("bench", "--in-process", "--json", "--shape", shape[0] + "," + shape[1] + "," + shape[2],
                "--repeat", Integer.toString(repeat)));
        for (String o : List.of("threads", "seed", "ribs", "cancel-latency", "method")) {
            if (args.has(o)) {
                c.add("--" + o);
                c.add(args.option(o, null));
            }
        }
        for (String f : List.of("implant", "fold")) {
            if (args.flag(f)) {
                c.add("--" + f);
            }
        }
        return c;
    }

    /** What a child JVM printed: its exit code, the wall time of each run, its standard error. */
    private record Child(int code, List<Double> walls, List<Double> cpus, String err) {
    }

    private static final Pattern RUN = Pattern.compile("^\\{\"run\":(\\d+),.*\"wall_s\":([0-9.]+),\"cpu_s\":([0-9.]+)");

    /**
     * Runs a child JVM, relaying its lines (JSON as they are with {@code json}, else as the table rows
     * of {@link #report}); destroys it when the console is cancelled.
     */
    private static Child runChild(List<String> command, Console console, boolean json)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).start();
        StringBuilder err = new StringBuilder();
        Thread errReader = new Thread(() -> drain(p.getErrorStream(), err), "bench-child-stderr");
        errReader.setDaemon(true);
        errReader.start();
        Thread canceller = new Thread(() -> {
            try {
                while (p.isAlive()) {
                    if (console.cancelled()) {
                        p.destroy();
                        return;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-child-cancel");
        canceller.setDaemon(true);
        canceller.start();
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher m = RUN.matcher(line);
                if (m.find()) {
                    walls.add(Double.parseDouble(m.group(2)));
                    cpus.add(Double.parseDouble(m.group(3)));
                    console.result(json ? line : tableRows(line));
                } else {
                    console.result(line);
                }
            }
        }
        int code = p.waitFor();
        errReader.join(1000);
        synchronized (err) {
            return new Child(code, walls, cpus, err.toString());
        }
    }

    private static void drain(InputStream in, StringBuilder into) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                synchronized (into) {
                    into.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            synchronized (into) {
                into.append("(reading the benchmark JVM's errors failed: ").append(e.getMessage()).append(")\n");
            }
        }
    }

    /** One row of the cold / warm table: wall time (us/voxel) and the JVM's CPU time of the run. */
    private static String summaryRow(int[] shape, List<Double> walls, List<Double> cpus) {
        double voxels = (double) shape[0] * shape[1] * shape[2];
        String size = shape[0] + "x" + shape[1] + "x" + shape[2];
        if (walls.isEmpty()) {
            return String.format(Locale.ROOT, "%-13s %6.1f M  (no run reported)", size, voxels / 1e6);
        }
        double cold = walls.get(0);
        int best = -1;
        for (int i = 1; i < walls.size(); i++) {
            if (best < 0 || walls.get(i) < walls.get(best)) {
                best = i;
            }
        }
        double warm = best < 0 ? Double.NaN : walls.get(best);
        String warmText = best < 0 ? "- (--repeat 1)" : figure(warm, cpus.get(best), voxels);
        double scripts = SCRIPTS_MICROS_PER_VOXEL * voxels / 1e6;
        return String.format(Locale.ROOT, "%-13s %6.1f M  %-34s %-34s cold %.0fx, warm %s", size, voxels / 1e6,
                figure(cold, cpus.get(0), voxels), warmText, scripts / cold,
                best < 0 ? "-" : String.format(Locale.ROOT, "%.0fx", scripts / warm));
    }

    private static String figure(double seconds, double cpu, double voxels) {
        return String.format(Locale.ROOT, "%.2f s (%.3f us/vx, CPU %.1f s)", seconds, seconds * 1e6 / voxels, cpu);
    }

    /** The human-readable lines of one run, from its JSON object. */
    private static String tableRows(String json) {
        return "run " + value(json, "run") + ": fold " + value(json, "fold") + " s | skin " + value(json, "skin")
                + " s | rib " + value(json, "rib") + " s | silicone " + value(json, "silicone") + " s | muscle "
                + value(json, "muscle") + " s | glands " + value(json, "glands") + " s | total "
                + value(json, "total") + " s (wall " + value(json, "wall_s") + " s, CPU " + value(json, "cpu_s") + " s)\n       "
                + value(json, "us_per_voxel") + " us/voxel, heap pools' peak " + value(json, "peak_heap_mb") + " MB = " + value(json, "heap_bytes_per_voxel")
                + " bytes/voxel (an upper bound: garbage counts until collected; scripts/bench-heap.sh finds the"
                + " smallest -Xmx)";
    }

    private static String value(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE]+|true|false)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    /** The benchmark in this JVM (the child of {@link #run}, or {@code --in-process}). */
    private int runHere(Args args, Console console) throws Exception {
        PhantomSpec spec = PhantomOptions.spec(args, PhantomSpec.BENCHMARK);
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
                    SegmentationSettings.DEFAULTS.withMethod(SegmentationOptions.method(args)), ex);
            for (int run = 1; run <= repeat; run++) {
                System.gc();
                long baseline = heapUsed();
                resetPeaks();
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                // no reference to a run's result survives into the next run (it would count in its peak)
                SegmentationResult r = segmenter.segment(image, Progress.cancelledWhen(console::cancelled));
                double wall = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                long peak = peakHeap();
                report(console, json, run, spec, voxels, wall, cpu, baseline, peak, r);
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
            double wall, double cpu, long baseline, long peak, SegmentationResult r) {
        StageTimes t = r.times();
        double usPerVoxel = wall * 1e6 / voxels;
        double bytesPerVoxel = (double) peak / voxels;
        double aboveInputPerVoxel = (double) (peak - baseline) / voxels;
        if (json) {
            console.result(String.format(Locale.ROOT,
                    "{\"run\":%d,\"shape\":[%d,%d,%d],\"voxels\":%d,\"wall_s\":%.3f,\"cpu_s\":%.3f,\"stages_s\":{\"fold\":%.3f,"
                            + "\"skin\":%.3f,\"rib\":%.3f,\"silicone\":%.3f,\"muscle\":%.3f,\"glands\":%.3f,"
                            + "\"total\":%.3f},\"us_per_voxel\":%.4f,\"voxels_per_s\":%.0f,\"peak_heap_mb\":%d,"
                            + "\"heap_bytes_per_voxel\":%.2f,\"heap_above_input_bytes_per_voxel\":%.2f,"
                            + "\"flags\":{\"fold\":%b,\"rib\":%b,\"implant\":%b,\"muscle\":%b}}",
                    run, spec.slices(), spec.rows(), spec.columns(), voxels, wall, cpu, t.fold(), t.skin(), t.rib(),
                    t.silicone(), t.muscle(), t.glands(), t.total(), usPerVoxel, voxels / wall, peak >> 20,
                    bytesPerVoxel, aboveInputPerVoxel, r.foldFound(), r.ribFound(), r.implantFound(), r.muscleFound()));
            return;
        }
        console.result(String.format(Locale.ROOT, "run %d: fold %.2f s | skin %.2f s | rib %.2f s | silicone %.2f s"
                + " | muscle %.2f s | glands %.2f s | total %.2f s (wall %.2f s, CPU %.2f s)", run, t.fold(), t.skin(),
                t.rib(), t.silicone(), t.muscle(), t.glands(), t.total(), wall, cpu));
        console.result(String.format(Locale.ROOT,
                "       %.3f us/voxel (scripts %.1f: %.0fx faster), %.1f M voxels/s; heap pools' peak %d MB = %.1f"
                        + " bytes/voxel (%.1f above the input; an upper bound: garbage counts until collected;"
                        + " scripts/bench-heap.sh finds the smallest -Xmx; scripts %.0f)",
                usPerVoxel, SCRIPTS_MICROS_PER_VOXEL, SCRIPTS_MICROS_PER_VOXEL / usPerVoxel, voxels / wall / 1e6,
                peak >> 20, bytesPerVoxel, aboveInputPerVoxel, SCRIPTS_BYTES_PER_VOXEL));
        console.result("       found: fold=" + r.foldFound() + " rib=" + r.ribFound() + " implant=" + r.implantFound()
                + " muscle=" + r.muscleFound());
    }

    /** CPU time of this JVM (all threads, including the JIT compilers and GC), or 0 where not available. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
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
