package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyWriter;
import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OpenCvContourBand} against real OpenCV ({@code /usr/bin/python3} with cv2, Debian's
 * python3-opencv 4.6) on random masks: blobs with holes and islands, oblique ellipses (some with holes,
 * some larger than the image), half-plane cuts with long oblique edges through the image border, sparse
 * noise with thin and one-pixel parts, full and empty slices. The bands for n = 3, 9, 25 (thickness 5,
 * 17, 49, what the method uses) and the contour points must be identical pixel for pixel and point for
 * point. Fails (never skips) when Python or cv2 is missing.
 */
class OpenCvContourBandCrossCheckTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String HINT = "run scripts/setup-machine.sh (apt-get install python3-opencv): the "
            + "OpenCV cross-check of the scripts' contour band needs cv2 in " + PYTHON;
    private static final int[] WIDTHS = {3, 9, 25};

    @Test
    void bandsAndContoursMatchOpenCvOnRandomMasks(@TempDir Path dir) throws Exception {
        long exactDiffers = checkAgainstOpenCv(dir.resolve("a"), randomMasks(new Dims(160, 113, 149), 20261206L));
        exactDiffers += checkAgainstOpenCv(dir.resolve("b"), randomMasks(new Dims(80, 41, 37), 77L));
        // the masks are hard enough to tell the drawing from the exact distance band
        assertTrue(exactDiffers > 0, "the random masks should show pixels where the exact band and the drawing "
                + "differ, found none");
    }

    /** Asserts identity with cv2; returns the pixels where the exact ContourBand differs from cv2 (all widths). */
    private static long checkAgainstOpenCv(Path dir, MaskVolume masks) throws Exception {
        Files.createDirectories(dir);
        Path in = dir.resolve("masks.npy");
        NpyWriter.write(in, masks);
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script().toString(), in.toString(),
                dir.toString()));
        for (int n : WIDTHS) {
            cmd.add(Integer.toString(n));
        }
        String output = run(cmd);
        Dims dims = masks.dims();
        boolean[] mask = masks.data();

        boolean[][] ours;
        try (TaskExecutor two = TaskExecutor.withThreads(2)) {
            ours = OpenCvContourBand.bands(mask, dims, two, WIDTHS);
        }
        boolean[][] exact = ContourBand.bands(mask, dims, TaskExecutor.sequential(), WIDTHS);
        StringBuilder exactDiffers = new StringBuilder();
        long exactTotal = 0;
        for (int k = 0; k < WIDTHS.length; k++) {
            Volume v = NpyReader.read(dir.resolve("band_" + WIDTHS[k] + ".npy"));
            assertEquals(dims, v.dims());
            boolean[] theirs = ((MaskVolume) v).data();
            StringBuilder where = new StringBuilder();
            long differing = 0;
            int sliceSize = dims.sliceSize();
            for (int z = 0; z < dims.nz(); z++) {
                int d = 0;
                for (int i = z * sliceSize; i < (z + 1) * sliceSize; i++) {
                    if (ours[k][i] != theirs[i]) {
                        d++;
                    }
                }
                if (d > 0 && where.length() < 400) {
                    where.append(" slice ").append(z).append(": ").append(d);
                }
                differing += d;
            }
            assertEquals(0, differing, "band(" + WIDTHS[k] + ") differs from cv2 on " + differing + " pixels ("
                    + output + "):" + where);
            long exactDiff = 0;
            for (int i = 0; i < theirs.length; i++) {
                exactDiff += exact[k][i] != theirs[i] ? 1 : 0;
            }
            exactDiffers.append(" n=").append(WIDTHS[k]).append(": ").append(exactDiff);
            exactTotal += exactDiff;
            // the one-slice entry point gives the same pixels
            for (int z = 0; z < dims.nz(); z += 17) {
                boolean[] one = OpenCvContourBand.sliceBand(mask, dims, z, WIDTHS[k]);
                for (int i = 0; i < sliceSize; i++) {
                    assertEquals(theirs[z * sliceSize + i], one[i], "sliceBand, slice " + z + " pixel " + i);
                }
            }
        }

        System.out.println("OpenCV cross-check " + dims + ": exact ContourBand differs from cv2 on" + exactDiffers
                + " pixels");

        Map<Integer, List<String>> cv = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("contours.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int sp = line.indexOf(' ');
            cv.computeIfAbsent(Integer.parseInt(line.substring(0, sp)), z -> new ArrayList<>())
                    .add(line.substring(sp + 1));
        }
        int sliceSize = dims.sliceSize();
        int contours = 0;
        for (int z = 0; z < dims.nz(); z++) {
            boolean[] slice = new boolean[sliceSize];
            System.arraycopy(mask, z * sliceSize, slice, 0, sliceSize);
            List<String> mine = new ArrayList<>();
            for (int[] c : OpenCvContourBand.contours(slice, dims.ny(), dims.nx())) {
                StringBuilder b = new StringBuilder();
                for (int v : c) {
                    b.append(b.length() == 0 ? "" : " ").append(v);
                }
                mine.add(b.toString());
            }
            List<String> theirs = new ArrayList<>(cv.getOrDefault(z, List.of()));
            mine.sort(null);
            theirs.sort(null);
            assertEquals(theirs, mine, "contours of slice " + z);
            contours += mine.size();
        }
        assertTrue(contours > dims.nz(), "the random masks should have many contours, got " + contours);
        return exactTotal;
    }

    private static Path script() throws URISyntaxException {
        return Path.of(OpenCvContourBandCrossCheckTest.class.getResource("opencv_band.py").toURI());
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(PYTHON), PYTHON + " not found: " + HINT);
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import cv2, numpy").redirectErrorStream(true).start();
        String probe = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "cv2 is not importable: " + HINT
                + "\n" + probe);
        Process q = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(q.waitFor(600, TimeUnit.SECONDS), "opencv_band.py did not finish");
        assertEquals(0, q.exitValue(), "opencv_band.py failed:\n" + out);
        return out;
    }

    /** Slices of several kinds, in turn, from a fixed seed. */
    static MaskVolume randomMasks(Dims dims, long seed) {
        Random r = new Random(seed);
        int ny = dims.ny();
        int nx = dims.nx();
        boolean[] m = new boolean[dims.size()];
        for (int z = 0; z < dims.nz(); z++) {
            boolean[] s = switch (z % 6) {
                case 0 -> blobs(ny, nx, r);
                case 1 -> ellipses(ny, nx, r);
                case 2 -> halfPlanes(ny, nx, r);
                case 3 -> noise(ny, nx, r);
                case 4 -> union(ellipses(ny, nx, r), noise(ny, nx, r));
                default -> z % 12 == 5 ? full(ny, nx, r) : new boolean[ny * nx];
            };
            System.arraycopy(s, 0, m, z * ny * nx, ny * nx);
        }
        return new MaskVolume("masks", dims, Spacing.UNIT, m);
    }

    /** Uniform noise box-blurred three times, thresholded: blobs with holes, islands and thin necks. */
    private static boolean[] blobs(int ny, int nx, Random r) {
        double[] f = new double[ny * nx];
        for (int i = 0; i < f.length; i++) {
            f[i] = r.nextDouble();
        }
        int rad = 2 + r.nextInt(7);
        for (int pass = 0; pass < 3; pass++) {
            f = boxBlur(f, ny, nx, rad);
        }
        double[] sorted = f.clone();
        java.util.Arrays.sort(sorted);
        double th = sorted[(int) (sorted.length * (0.3 + 0.4 * r.nextDouble()))];
        boolean[] m = new boolean[f.length];
        for (int i = 0; i < f.length; i++) {
            m[i] = f[i] > th;
        }
        return m;
    }

    private static double[] boxBlur(double[] f, int ny, int nx, int rad) {
        return blurLines(blurLines(f, ny, nx, 1, nx, rad), nx, ny, nx, 1, rad);
    }

    /** Mean over +-rad along each of {@code lines} lines of {@code len} values (value step, line step). */
    private static double[] blurLines(double[] f, int lines, int len, int step, int lineStep, int rad) {
        double[] g = new double[f.length];
        for (int l = 0; l < lines; l++) {
            for (int i = 0; i < len; i++) {
                double s = 0;
                int c = 0;
                for (int k = Math.max(0, i - rad); k <= Math.min(len - 1, i + rad); k++, c++) {
                    s += f[l * lineStep + k * step];
                }
                g[l * lineStep + i * step] = s / c;
            }
        }
        return g;
    }

    /** One to three rotated ellipses (centres may lie near or outside the border), some with an elliptic hole. */
    private static boolean[] ellipses(int ny, int nx, Random r) {
        boolean[] m = new boolean[ny * nx];
        int count = 1 + r.nextInt(3);
        for (int e = 0; e < count; e++) {
            double cy = -0.2 * ny + 1.4 * ny * r.nextDouble();
            double cx = -0.2 * nx + 1.4 * nx * r.nextDouble();
            double a = 3 + r.nextDouble() * Math.max(ny, nx);
            double b = 2 + r.nextDouble() * a;
            double t = r.nextDouble() * Math.PI;
            boolean hole = r.nextBoolean();
            double ha = a * (0.2 + 0.5 * r.nextDouble());
            double hb = b * (0.2 + 0.5 * r.nextDouble());
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    double u = (x - cx) * Math.cos(t) + (y - cy) * Math.sin(t);
                    double v = -(x - cx) * Math.sin(t) + (y - cy) * Math.cos(t);
                    double q = (u / a) * (u / a) + (v / b) * (v / b);
                    if (q <= 1) {
                        double hq = (u / ha) * (u / ha) + (v / hb) * (v / hb);
                        m[y * nx + x] = !hole || hq > 1;
                    }
                }
            }
        }
        return m;
    }

    /** The intersection of two random half-planes: long straight oblique edges through the image border. */
    private static boolean[] halfPlanes(int ny, int nx, Random r) {
        boolean[] m = new boolean[ny * nx];
        double t1 = r.nextDouble() * 2 * Math.PI;
        double t2 = r.nextDouble() * 2 * Math.PI;
        double c1 = (r.nextDouble() - 0.3) * Math.max(ny, nx);
        double c2 = (r.nextDouble() - 0.3) * Math.max(ny, nx);
        double oy = ny / 2.0;
        double ox = nx / 2.0;
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                double d1 = (x - ox) * Math.cos(t1) + (y - oy) * Math.sin(t1);
                double d2 = (x - ox) * Math.cos(t2) + (y - oy) * Math.sin(t2);
                m[y * nx + x] = d1 < c1 && d2 < c2;
            }
        }
        return m;
    }

    /** Independent pixels with a random density: single pixels, diagonal chains, thin parts. */
    private static boolean[] noise(int ny, int nx, Random r) {
        double p = 0.02 + 0.5 * r.nextDouble();
        boolean[] m = new boolean[ny * nx];
        for (int i = 0; i < m.length; i++) {
            m[i] = r.nextDouble() < p;
        }
        return m;
    }

    /** The whole slice, with a few random pixels removed (holes next to the border). */
    private static boolean[] full(int ny, int nx, Random r) {
        boolean[] m = new boolean[ny * nx];
        java.util.Arrays.fill(m, true);
        for (int k = r.nextInt(6); k > 0; k--) {
            m[r.nextInt(m.length)] = false;
        }
        return m;
    }

    private static boolean[] union(boolean[] a, boolean[] b) {
        boolean[] m = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = a[i] || (b[i] && (i % 7 == 0));
        }
        return m;
    }
}
