package org.breastct.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Contour band of each 2-D slice exactly as the authors' scripts draw it with OpenCV 4.x:
 * {@code cv2.drawContours(zeros, cv2.findContours(slice, RETR_TREE, CHAIN_APPROX_SIMPLE), -1, 255,
 * thickness = 2n - 1)} (default line type LINE_8, no hierarchy), then AND the slice. It is the
 * scripts' parity variant of {@link ContourBand} (docs/method.md, "band(n)" and "Deviations"): the same
 * set for almost every pixel, but on long oblique boundaries the drawn polylines differ from the exact
 * distance band by a few pixels.
 *
 * <p><b>Contract.</b> Input: {@code mask} of length {@code dims.size()}, C order, not modified;
 * {@code n >= 2} (thickness {@code t = 2n - 1 >= 3}; the scripts use n = 3, 9, 25). Slices are
 * independent. Per slice, the result is the mask AND the union of the pieces below, where pixel
 * (x, y) is column x, row y, and the image is the whole slice ({@code nx} x {@code ny}: clipping is
 * to the slice, never to a crop of it).
 * <ol>
 * <li><b>Contours.</b> Suzuki-Abe border following on the slice with a one-pixel background frame
 * (so pixels on the image border are traced like any other), 8-connected foreground: a raster scan
 * starts an outer border at an unvisited foreground pixel whose left neighbour is background, and a
 * hole border at a foreground pixel that is not a right-bound of an already followed border and whose
 * right neighbour is background. From the start, a clockwise search from the background neighbour
 * (left for outer, right for hole borders) finds the border's last pixel; then the border is followed by
 * counter-clockwise neighbour searches (on screen, y down) starting after the previous pixel, marking right-bound
 * pixels as OpenCV does, until it steps from that last pixel back to the start. An outer border thus
 * runs down its left side first. An isolated pixel is a one-point contour. Every
 * outer and every hole border is a contour (RETR_TREE finds the same point lists as RETR_LIST; only
 * the order differs, which does not change a union).</li>
 * <li><b>Vertices</b> (CHAIN_APPROX_SIMPLE): the traced pixels at which the chain direction changes,
 * the start pixel included only if the direction there differs from the direction into it at the end
 * of the trace. A pixel passed several times can be a vertex several times.</li>
 * <li><b>Segments.</b> For consecutive vertices p, q (cyclically, last to first; a one-point contour
 * gives the segment p, p): unless p = q, the quadrilateral p + d, p - d, q - d, q + d with
 * {@code d = rint(n 2^16 (y_q - y_p, x_p - x_q) / |q - p|)} in 16.16 fixed point (rint = round half to
 * even), filled as OpenCV's LINE_8 convex polygon fill does: its four edges drawn as fixed-point DDA
 * lines (clipped to the image first, which can move their pixels), and per row from the rounded top
 * to the rounded bottom vertex a span between two edge walkers, each starting at its upper vertex's x
 * and stepping by the rounded slope per row, span ends rounded half up. Pixels are not tested against
 * the true quadrilateral; the walk is what decides, exactly as in OpenCV.</li>
 * <li><b>Joins.</b> At q a filled midpoint circle of radius n (integer centre): per row offset k the
 * span of the largest half-width the midpoint iteration (error 0, x = n, y = 0; increments 1, 3, ...;
 * decrements 2n - 1, 2n - 3, ...) reaches with k as either coordinate.</li>
 * </ol>
 * Ties: the only rounding of a real value is rint of d (half to even, as OpenCV's cvRound); everything
 * else is exact integer arithmetic (truncating division, arithmetic shifts), as in OpenCV.
 *
 * <p><b>Algorithm.</b> Per slice, contours are traced on the bounding box of the mask with a zero
 * frame (traces are translation invariant, so the box gives the slice's contours); the pieces are
 * drawn into a canvas covering only that box (pixels outside it are outside the mask) while clipping
 * uses the whole slice. Several widths share one tracing. Cost O(box + vertices * n^2 + segment
 * areas) per slice; slices run in parallel with identical results for any thread count.
 *
 * <p>Written from a reading of OpenCV 4.6's {@code findContours} (contours.cpp) and {@code drawContours},
 * {@code ThickLine}, {@code FillConvexPoly}, {@code Line2}, {@code clipLine} and {@code Circle}
 * (drawing.cpp); checked pixel for pixel against cv2 4.6 on random masks by
 * {@code OpenCvContourBandCrossCheckTest}.
 */
public final class OpenCvContourBand {

    /** 16.16 fixed point, as OpenCV's drawing code. */
    private static final int SHIFT = 16;
    private static final long ONE = 1L << SHIFT;
    private static final long HALF = ONE >> 1;

    /** Chain directions: 0 right, then counter-clockwise on screen (y grows downwards). */
    private static final int[] DIR_X = {1, 1, 0, -1, -1, -1, 0, 1};
    private static final int[] DIR_Y = {0, -1, -1, -1, 0, 1, 1, 1};

    /** Tracing grid values: background, unvisited foreground, visited, visited right-bound. */
    private static final byte BG = 0;
    private static final byte FG = 1;
    private static final byte SEEN = 2;
    private static final byte RIGHT_BOUND = -1;

    private OpenCvContourBand() {
    }

    /**
     * For every slice: the mask pixels covered by the scripts' OpenCV drawing of all contours with
     * thickness {@code 2n - 1} (see the class contract). Returns a new mask.
     *
     * @throws IllegalArgumentException if {@code n < 2} or the length does not match
     */
    public static boolean[] band(boolean[] mask, Dims dims, int n, TaskExecutor executor) {
        return bands(mask, dims, executor, n)[0];
    }

    /**
     * Several bands of the same mask at once, sharing one contour tracing per slice: element k of the
     * result is {@code band(mask, dims, widths[k], executor)}.
     *
     * @throws IllegalArgumentException if a width is below 2 or the length does not match
     */
    public static boolean[][] bands(boolean[] mask, Dims dims, TaskExecutor executor, int... widths) {
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(executor, "executor");
        checkWidths(widths);
        DistanceTransform.checkLength(mask.length, dims, "mask");
        int sliceSize = dims.sliceSize();
        boolean[][] out = new boolean[widths.length][mask.length];
        if (sliceSize == 0 || widths.length == 0) {
            return out;
        }
        executor.forRange(dims.nz(), (from, to) -> {
            for (int z = from; z < to; z++) {
                bandsOfSlice(mask, dims, z, widths, out, z * sliceSize);
            }
        });
        return out;
    }

    /**
     * The band of one slice {@code z} of a volume, as a new {@code ny * nx} mask (C order); the same
     * pixels as slice z of {@link #band}. For callers that work slice by slice.
     *
     * @throws IllegalArgumentException if {@code n < 2}, z is out of range or the length does not match
     */
    public static boolean[] sliceBand(boolean[] mask, Dims dims, int z, int n) {
        Objects.requireNonNull(mask, "mask");
        checkWidths(new int[] {n});
        DistanceTransform.checkLength(mask.length, dims, "mask");
        if (z < 0 || z >= dims.nz()) {
            throw new IllegalArgumentException("slice " + z + " outside [0, " + dims.nz() + ")");
        }
        boolean[][] out = new boolean[1][dims.sliceSize()];
        bandsOfSlice(mask, dims, z, new int[] {n}, out, 0);
        return out[0];
    }

    private static void checkWidths(int[] widths) {
        Objects.requireNonNull(widths, "widths");
        for (int w : widths) {
            if (w < 2) {
                throw new IllegalArgumentException("the OpenCV band needs n >= 2 (thickness 2n - 1 >= 3), got " + w);
            }
        }
    }

    /** Bands of slice z of mask, written at {@code outOff} of every out[k]. */
    private static void bandsOfSlice(boolean[] mask, Dims dims, int z, int[] widths, boolean[][] out, int outOff) {
        int ny = dims.ny();
        int nx = dims.nx();
        int off = z * dims.sliceSize();
        int[] box = MaskOps.sliceBox(mask, dims, z, true);
        if (box == null) {
            return;
        }
        List<int[]> contours = traceContours(mask, off, nx, box);
        Canvas canvas = new Canvas(ny, nx, box);
        for (int k = 0; k < widths.length; k++) {
            canvas.clear();
            for (int[] c : contours) {
                drawClosedPolyline(c, widths[k], canvas);
            }
            boolean[] o = out[k];
            for (int y = box[0]; y <= box[1]; y++) {
                for (int x = box[2]; x <= box[3]; x++) {
                    int i = y * nx + x;
                    o[outOff + i] = mask[off + i] && canvas.get(x, y);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Contours (findContours, RETR_TREE or RETR_LIST, CHAIN_APPROX_SIMPLE)

    /**
     * The contours of one {@code ny x nx} slice (C order) as OpenCV's findContours with
     * CHAIN_APPROX_SIMPLE returns them: each element is {x0, y0, x1, y1, ...} in slice coordinates, in
     * OpenCV's point order; contours in raster order of their start pixel. For tests.
     */
    static List<int[]> contours(boolean[] slice, int ny, int nx) {
        int[] box = MaskOps.sliceBox(slice, Dims.slice(ny, nx), 0, true);
        return box == null ? new ArrayList<>() : traceContours(slice, 0, nx, box);
    }

    /** All contours of the slice at off, traced on the box {y0, y1, x0, x1} with a zero frame. */
    private static List<int[]> traceContours(boolean[] mask, int off, int nx, int[] box) {
        int h = box[1] - box[0] + 1;
        int w = box[3] - box[2] + 1;
        int gw = w + 2;
        byte[] g = new byte[(h + 2) * gw];
        for (int y = 0; y < h; y++) {
            int src = off + (box[0] + y) * nx + box[2];
            int dst = (y + 1) * gw + 1;
            for (int x = 0; x < w; x++) {
                g[dst + x] = mask[src + x] ? FG : BG;
            }
        }
        int[] step = new int[8];
        for (int d = 0; d < 8; d++) {
            step[d] = DIR_Y[d] * gw + DIR_X[d];
        }
        List<int[]> contours = new ArrayList<>();
        IntList points = new IntList();
        int ox = box[2] - 1; // grid (1, 1) is slice (box[2], box[0])
        int oy = box[0] - 1;
        for (int y = 1; y <= h; y++) {
            int prev = BG; // the frame
            for (int x = 1; x <= w; x++) {
                int p = g[y * gw + x];
                if (p == prev) {
                    continue;
                }
                boolean outer = prev == BG && p == FG;
                boolean hole = !outer && p == BG && prev >= FG;
                if (outer || hole) {
                    int start = y * gw + x - (hole ? 1 : 0);
                    points.clear();
                    follow(g, start, step, hole, gw, points);
                    int[] c = points.toArray();
                    for (int i = 0; i < c.length; i += 2) {
                        c[i] += ox;
                        c[i + 1] += oy;
                    }
                    contours.add(c);
                    prev = g[y * gw + x]; // re-read: the trace may have marked it
                } else {
                    prev = p;
                }
            }
        }
        return contours;
    }

    /**
     * Follows one border from {@code start} (grid index), marking it, and appends the direction-change
     * pixels as (x, y) grid coordinates to points.
     */
    private static void follow(byte[] g, int start, int[] step, boolean hole, int gw, IntList points) {
        int sx = start % gw;
        int sy = start / gw;
        int searchEnd = hole ? 0 : 4;
        int s = searchEnd;
        do { // clockwise from the known background neighbour: the last pixel of the border
            s = (s - 1) & 7;
        } while (g[start + step[s]] == BG && s != searchEnd);
        if (s == searchEnd) { // isolated pixel
            g[start] = RIGHT_BOUND;
            points.add(sx, sy);
            return;
        }
        int last = start + step[s];
        int cur = start;
        int cx = sx;
        int cy = sy;
        int prevDir = s ^ 4; // the direction from the last pixel into the start
        for (;;) {
            int from = s;
            int d = from;
            int next;
            do { // counter-clockwise from the pixel we came from
                d++;
                next = cur + step[d & 7];
            } while (g[next] == BG);
            int dir = d & 7;
            if (dir >= 1 && dir <= from) { // the search passed the right neighbour, which is background
                g[cur] = RIGHT_BOUND;
            } else if (g[cur] == FG) {
                g[cur] = SEEN;
            }
            if (dir != prevDir) {
                points.add(cx, cy);
            }
            prevDir = dir;
            if (next == start && cur == last) {
                return;
            }
            cur = next;
            cx += DIR_X[dir];
            cy += DIR_Y[dir];
            s = (dir + 4) & 7;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Drawing (drawContours with thickness 2n - 1, LINE_8)

    /** Segments between consecutive vertices of the closed contour c, each with a join at its end. */
    private static void drawClosedPolyline(int[] c, int n, Canvas canvas) {
        int count = c.length / 2;
        int px = c[0];
        int py = c[1];
        for (int i = 1; i <= count; i++) {
            int j = (i % count) * 2;
            int qx = c[j];
            int qy = c[j + 1];
            thickSegment(px, py, qx, qy, n, canvas);
            px = qx;
            py = qy;
        }
    }

    /** One segment of thickness 2n - 1 from p to q (integer pixels): its quadrilateral and the join at q. */
    static void thickSegment(int px, int py, int qx, int qy, int n, Canvas canvas) {
        double dx = px - qx;
        double dy = qy - py;
        double len2 = dx * dx + dy * dy;
        if (len2 > 0) {
            double r = (n * (double) ONE) / Math.sqrt(len2);
            long ox = (long) Math.rint(dy * r);
            long oy = (long) Math.rint(dx * r);
            long fpx = (long) px << SHIFT;
            long fpy = (long) py << SHIFT;
            long fqx = (long) qx << SHIFT;
            long fqy = (long) qy << SHIFT;
            long[] vx = {fpx + ox, fpx - ox, fqx - ox, fqx + ox};
            long[] vy = {fpy + oy, fpy - oy, fqy - oy, fqy + oy};
            fillConvexQuad(vx, vy, canvas);
        }
        disc(qx, qy, n, canvas);
    }

    /**
     * OpenCV's LINE_8 convex polygon fill of four 16.16 fixed-point vertices: the outline as DDA lines,
     * then the scanline walk from the first topmost vertex along both directions.
     */
    private static void fillConvexQuad(long[] vx, long[] vy, Canvas canvas) {
        int npts = vx.length;
        long lx = vx[npts - 1];
        long ly = vy[npts - 1];
        int top = 0;
        long xmin = vx[0];
        long xmax = vx[0];
        long ymin = vy[0];
        long ymax = vy[0];
        for (int i = 0; i < npts; i++) {
            if (vy[i] < ymin) {
                ymin = vy[i];
                top = i;
            }
            ymax = Math.max(ymax, vy[i]);
            xmax = Math.max(xmax, vx[i]);
            xmin = Math.min(xmin, vx[i]);
            fixedPointLine(lx, ly, vx[i], vy[i], canvas);
            lx = vx[i];
            ly = vy[i];
        }
        int colMin = (int) ((xmin + HALF) >> SHIFT);
        int colMax = (int) ((xmax + HALF) >> SHIFT);
        int rowMin = (int) ((ymin + HALF) >> SHIFT);
        int rowMax = (int) ((ymax + HALF) >> SHIFT);
        if (colMax < 0 || rowMax < 0 || colMin >= canvas.nx || rowMin >= canvas.ny) {
            return;
        }
        rowMax = Math.min(rowMax, canvas.ny - 1);
        // two walkers from the top vertex: walker 0 forwards through the vertices, walker 1 backwards
        int[] vertex = {top, top};
        int[] stepIdx = {1, npts - 1};
        long[] x = {-ONE, -ONE};
        long[] slope = {0, 0};
        int[] endRow = {rowMin, rowMin};
        int budget = npts; // edges left to take, shared by both walkers
        int y = rowMin;
        do {
            for (int i = 0; i < 2; i++) {
                if (y < endRow[i]) {
                    continue;
                }
                int from = vertex[i];
                int to = (from + stepIdx[i]) % npts;
                while (budget-- > 0) {
                    int toRow = (int) ((vy[to] + HALF) >> SHIFT);
                    if (toRow > y) {
                        long rows = toRow - y;
                        endRow[i] = toRow;
                        slope[i] = ((vx[to] - vx[from]) * 2 + rows) / (2 * rows);
                        x[i] = vx[from];
                        vertex[i] = to;
                        break;
                    }
                    from = to;
                    to = (to + stepIdx[i]) % npts;
                }
            }
            if (budget < 0) {
                break;
            }
            if (y >= 0) {
                int left = x[0] > x[1] ? 1 : 0;
                int a = (int) ((x[left] + HALF) >> SHIFT);
                int b = (int) ((x[1 - left] + HALF) >> SHIFT);
                if (b >= 0 && a < canvas.nx) {
                    canvas.span(y, Math.max(a, 0), Math.min(b, canvas.nx - 1));
                }
            }
            x[0] += slope[0];
            x[1] += slope[1];
        } while (++y <= rowMax);
    }

    /**
     * OpenCV's fixed-point line (16.16, as used for polygon outlines with a sub-pixel shift): clipped to
     * the image, then one pixel per column (or row) along the major axis, plus the rounded end point.
     */
    private static void fixedPointLine(long x1, long y1, long x2, long y2, Canvas canvas) {
        long[] p = {x1, y1, x2, y2};
        if (!clip((long) canvas.nx << SHIFT, (long) canvas.ny << SHIFT, p)) {
            return;
        }
        long ax = Math.abs(p[2] - p[0]);
        long ay = Math.abs(p[3] - p[1]);
        boolean alongX = ax > ay;
        if ((alongX && p[2] < p[0]) || (!alongX && p[3] < p[1])) {
            long t = p[0];
            p[0] = p[2];
            p[2] = t;
            t = p[1];
            p[1] = p[3];
            p[3] = t;
        }
        canvas.point((p[2] + HALF) >> SHIFT, (p[3] + HALF) >> SHIFT);
        long x = p[0] + HALF;
        long y = p[1] + HALF;
        if (alongX) {
            long yStep = ((p[3] - p[1]) << SHIFT) / (ax | 1);
            int count = (int) ((p[2] - p[0]) >> SHIFT);
            for (long col = x >> SHIFT; count >= 0; count--, col++, y += yStep) {
                canvas.point(col, y >> SHIFT);
            }
        } else {
            long xStep = ((p[2] - p[0]) << SHIFT) / (ay | 1);
            int count = (int) ((p[3] - p[1]) >> SHIFT);
            for (long row = y >> SHIFT; count >= 0; count--, row++, x += xStep) {
                canvas.point(x >> SHIFT, row);
            }
        }
    }

    /**
     * OpenCV's line clipping to [0, width - 1] x [0, height - 1] (here fixed-point units) on
     * p = {x1, y1, x2, y2}, in place, with truncating integer division: first each end outside in y is
     * moved onto the top or bottom edge (the second end uses the already moved first), then each end
     * outside in x onto the left or right edge. Returns whether both ends are inside afterwards.
     */
    static boolean clip(long width, long height, long[] p) {
        long right = width - 1;
        long bottom = height - 1;
        if (width <= 0 || height <= 0) {
            return false;
        }
        int c1 = outCode(p[0], p[1], right, bottom);
        int c2 = outCode(p[2], p[3], right, bottom);
        if ((c1 & c2) == 0 && (c1 | c2) != 0) {
            if ((c1 & 12) != 0) {
                long a = c1 < 8 ? 0 : bottom;
                p[0] += (a - p[1]) * (p[2] - p[0]) / (p[3] - p[1]);
                p[1] = a;
                c1 = outCode(p[0], 0, right, bottom);
            }
            if ((c2 & 12) != 0) {
                long a = c2 < 8 ? 0 : bottom;
                p[2] += (a - p[3]) * (p[2] - p[0]) / (p[3] - p[1]);
                p[3] = a;
                c2 = outCode(p[2], 0, right, bottom);
            }
            if ((c1 & c2) == 0 && (c1 | c2) != 0) {
                if (c1 != 0) {
                    long a = c1 == 1 ? 0 : right;
                    p[1] += (a - p[0]) * (p[3] - p[1]) / (p[2] - p[0]);
                    p[0] = a;
                    c1 = 0;
                }
                if (c2 != 0) {
                    long a = c2 == 1 ? 0 : right;
                    p[3] += (a - p[2]) * (p[3] - p[1]) / (p[2] - p[0]);
                    p[2] = a;
                    c2 = 0;
                }
            }
        }
        return (c1 | c2) == 0;
    }

    /** 1 left, 2 right, 4 above, 8 below (a y of 0 never sets 4 or 8). */
    private static int outCode(long x, long y, long right, long bottom) {
        return (x < 0 ? 1 : 0) + (x > right ? 2 : 0) + (y < 0 ? 4 : 0) + (y > bottom ? 8 : 0);
    }

    /** Filled midpoint circle of radius n at (cx, cy), clipped to the image. */
    private static void disc(int cx, int cy, int n, Canvas canvas) {
        int[] half = canvas.discHalfWidths(n);
        for (int k = -n; k <= n; k++) {
            int y = cy + k;
            if (y < 0 || y >= canvas.ny) {
                continue;
            }
            int h = half[Math.abs(k)];
            int a = Math.max(cx - h, 0);
            int b = Math.min(cx + h, canvas.nx - 1);
            if (a <= b) {
                canvas.span(y, a, b);
            }
        }
    }

    /**
     * Half-width per row offset 0..n of OpenCV's filled circle of radius n: the midpoint iteration
     * (x = n, y = 0) draws rows +-y with half-width x and rows +-x with half-width y while x >= y.
     */
    static int[] discHalfWidths(int n) {
        int[] half = new int[n + 1];
        java.util.Arrays.fill(half, -1);
        int err = 0;
        int x = n;
        int y = 0;
        int plus = 1;
        int minus = 2 * n - 1;
        while (x >= y) {
            half[y] = Math.max(half[y], x);
            half[x] = Math.max(half[x], y);
            y++;
            err += plus;
            plus += 2;
            if (err > 0) {
                err -= minus;
                x--;
                minus -= 2;
            }
        }
        return half;
    }

    /**
     * What is drawn, kept only on a window (the mask's bounding box) of an {@code ny x nx} image;
     * callers clip to the image as OpenCV does, the window then drops what cannot meet the mask.
     */
    static final class Canvas {
        final int ny;
        final int nx;
        private final int wy0;
        private final int wy1;
        private final int wx0;
        private final int wx1;
        private final int ww;
        private final boolean[] px;
        private int discRadius = -1;
        private int[] disc;

        /** @param window {y0, y1, x0, x1} inside the image */
        Canvas(int ny, int nx, int[] window) {
            this.ny = ny;
            this.nx = nx;
            wy0 = window[0];
            wy1 = window[1];
            wx0 = window[2];
            wx1 = window[3];
            ww = wx1 - wx0 + 1;
            px = new boolean[(wy1 - wy0 + 1) * ww];
        }

        void clear() {
            java.util.Arrays.fill(px, false);
        }

        boolean get(int x, int y) {
            return px[(y - wy0) * ww + x - wx0];
        }

        /** A pixel, if it lies in the image (and the window). */
        void point(long x, long y) {
            if (x >= wx0 && x <= wx1 && y >= wy0 && y <= wy1) {
                px[(int) (y - wy0) * ww + (int) x - wx0] = true;
            }
        }

        /** Pixels a..b of row y, already clipped to the image. */
        void span(int y, int a, int b) {
            if (y < wy0 || y > wy1) {
                return;
            }
            int lo = Math.max(a, wx0);
            int hi = Math.min(b, wx1);
            int row = (y - wy0) * ww - wx0;
            for (int x = lo; x <= hi; x++) {
                px[row + x] = true;
            }
        }

        int[] discHalfWidths(int n) {
            if (n != discRadius) {
                disc = OpenCvContourBand.discHalfWidths(n);
                discRadius = n;
            }
            return disc;
        }
    }

    /** A growable int list (x, y pairs). */
    private static final class IntList {
        private int[] a = new int[256];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int x, int y) {
            if (size + 2 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = x;
            a[size++] = y;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, size);
        }
    }
}
