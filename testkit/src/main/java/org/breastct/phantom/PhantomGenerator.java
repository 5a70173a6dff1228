package org.breastct.phantom;

import java.util.Objects;
import java.util.SplittableRandom;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * Generates a synthetic dedicated breast-CT volume with its ground truth, shaped so that each
 * stage of the published method (docs/method.md section 2) finds what it is meant to find.
 *
 * <h2>Geometry (voxels; L slices, R rows, C columns)</h2>
 * <ul>
 * <li>Layout as after the DICOM import: {@code [z][y][x]}, slice 0 the chest wall, 0.3 mm voxels
 *     ({@link Spacing#BREAST_CT}). All tissue lies within {@code U = min(C/2 - 30, R/2 - 1) - 4}
 *     of the importer's cylinder centre {@code (R/2 - 1, C/2 - 1)}, so the cylinder removal
 *     ({@code > C/2 - 30}) never touches it.</li>
 * <li>Breast: a half-ellipsoid along z. Section z is an ellipse with semi-axes
 *     {@code (0.78..0.82 U, 0.70..0.74 U) * sqrt(1 - (z / (zTip + 1))^2)} (columns, rows), its radius
 *     modulated by {@code 1 + e2 cos(2 theta + phi2) + e3 cos(3 theta + phi3)} (e2 <= 0.03,
 *     e3 <= 0.025). The section centre sags by 6-12 % of the row semi-axis (towards higher rows) and
 *     drifts by 2-5 % in columns, both growing as {@code (z / zTip)^2}, so the tip is off-centre.
 *     The last breast slice is {@code zTip = L - 4 .. L - 7}; later slices are air. Section 0 is the
 *     largest.</li>
 * <li>Skin (3): the voxels within 5 voxels (1.5 mm) of the surface along its normal; in a slice this
 *     is an in-plane band of {@code 5 sqrt(1 + slope^2)}, slope = radius change per slice, so the
 *     slices near the tip are all skin. Slice 0 is a cut through the body: no skin cap there.</li>
 * <li>Pectoralis muscle (4): on slices {@code z < zM}, {@code zM = 6-12 % of L} (at least 3), the
 *     part of the section above a slightly tilted line, kept {@code 6+} voxels of fat away from the
 *     skin. On slice 0 the line lies at row offset {@code max(-0.35 ay, -ay + gap + 26)} from the
 *     section centre (lower with ribs, see below); it rises to the top of the section at zM. On
 *     slice 0 the band is at least 26 rows thick, so its Gaussian-smoothed (sigma 5) HU stays
 *     above -5 in its core without touching the skin (the method's muscle seed), and it reaches
 *     the central 40 % of the section where the method puts its watershed markers.</li>
 * <li>Ribs (5, optional, up to 3): cylinders of radius {@code clamp(ay / 12, 6, 12)} along x, axes at
 *     {@code z = 0.3 r} (so slice 0 cuts them and they end by slice {@code 1.3 r + 1}), stacked
 *     downwards from 14 voxels below the top of section 0, inside the muscle band (extended to
 *     cover them: the method takes the rib as the muscle seed), clipped to 14 voxels inside the
 *     outline (the method ignores band(9)). Ribs that fit: none at 128 x 128, 2 at 160 x 160, 3 from
 *     200 x 200; with a fold (smaller breast) 2 at 200 x 200, 3 from 240 x 240; {@link #generate}
 *     throws if they do not fit.</li>
 * <li>Implant (7, optional): ellipsoid with radii {@code (0.25 L, 0.50 ay, 0.58 ax)} (z, rows,
 *     columns; {@code (0.30 L, 0.58 ay, 0.68 ax)} with a fold) centred at {@code z = 0.35 rz},
 *     0.15 ay below the section centre, so slice 0 cuts it; clipped 14 voxels inside the outline,
 *     below the muscle line (touching the muscle) and 5 voxels away from ribs. At
 *     400 x 640 x 640 it has about 4.4 million voxels (4.2 million with a fold), above the method's
 *     150^3 = 3 375 000 implant size; smaller phantoms make smaller implants, so segmentation tests
 *     on them must lower the segmentation setting {@code implantMinVoxels} (e.g. to a tenth of the
 *     truth count of label 7; at 60 x 240 x 240 the implant has about 57 000 voxels).</li>
 * <li>Skin fold (6, optional, needs R, C >= 200): on slices {@code z < round(0.15 L)} the part of the
 *     disc of radius {@code 0.9 U} around the cylinder centre below the chord at
 *     {@code 0.46 U .. 0.56 U} (moving down with z, the section shrinking to about 70 %); skin-like
 *     5-voxel border, fat inside, every voxel label 6 in the truth. The breast is then smaller and
 *     shifted up (semi-axes {@code 0.64..0.68 U, 0.50..0.53 U}, centre {@code 0.30 U} above), leaving
 *     an air gap of about {@code 0.2 U} between breast and fold.</li>
 * <li>Glands (2): a smooth blobby field (two octaves of value noise, lattice {@code clamp(ay/4, 6, 40)}
 *     and 0.45 of it) plus a bias towards the section centre and the anterior slices, thresholded so
 *     that glands take {@code glandFraction} of the interior (fat + glands, counted on every second
 *     voxel along each axis; within 0.01 of the request in the tests). Glands stay out of the
 *     subcutaneous fat ({@code 4 + 0.08 ay} voxels inside the skin), the muscle and rib slices
 *     (+3) and the implant's neighbourhood.</li>
 * <li>Fat (1): the rest of the breast interior.</li>
 * <li>Stress variants ({@link PhantomSpec#variant()}, {@link PhantomVariant}) change one thing each: glands
 *     from slice 0 on with the gland bias pointing to the chest wall, skin 2 or 9 voxels thick or at +60 HU,
 *     no fat between skin and muscle, or no muscle.</li>
 * </ul>
 *
 * <h2>Image</h2>
 * Clean HU per truth label: air -1024, fat -255 (G = 0), glands -35 at the blob borders rising to
 * 0 in their cores (G(-41) = 1), skin and fold skin +5, muscle +40, rib +600, implant +170. Then a
 * separable binomial {@code [1 2 1] / 4} blur along x, y and z (partial volume; replicated borders),
 * then additive noise of standard deviation {@code noiseHu} (sum of four uniforms, bounded at
 * {@code 3.47 noiseHu}), rounded half up. Air stays below -500 HU. The truth is the label model
 * before blur and noise. With the blur, the mean HU per truth label is near -255 for fat, about
 * -45 .. -30 for glands, -75 for skin.
 *
 * <h2>Determinism and cost</h2>
 * The shape comes from the seed alone; the gland field is a hash of (seed, lattice node); the noise
 * of slice z comes from its own {@code SplittableRandom} seeded from (seed, z). Slices are rendered
 * in parallel chunks, each recomputing the one clean slice on either side it needs for the z blur,
 * so the output is identical for any thread count. O(L R C) time (measured: docs/benchmarks.md); memory:
 * the two outputs plus six slices per chunk.
 */
public final class PhantomGenerator {

    /** The sampling stride of the gland calibration pass. */
    private static final int CALIBRATION_STEP = 2;
    private static final double SQRT3 = Math.sqrt(3);

    private PhantomGenerator() {
    }

    /**
     * Generates the phantom of {@code spec}.
     *
     * @param spec what to generate
     * @param ex threads to use; the result does not depend on their number
     * @param p progress (reported from worker threads, one call at a time) and cancellation,
     *        checked once per slice
     * @return image and truth, id {@link PhantomSpec#id()}, spacing 0.3 mm
     * @throws IllegalArgumentException if the requested ribs do not fit the slice size
     * @throws org.breastct.progress.CancelledException if {@code p} was cancelled
     */
    public static Phantom generate(PhantomSpec spec, TaskExecutor ex, Progress p) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(ex, "ex");
        Objects.requireNonNull(p, "p");
        PhantomModel m = new PhantomModel(spec);
        Object lock = new Object();
        p.report(0, "phantom " + spec.id() + ": gland texture");
        calibrate(m, ex, p.sub(0, 0.1), lock);

        int nz = spec.slices();
        int plane = spec.rows() * spec.columns();
        short[] image = new short[nz * plane];
        byte[] truth = new byte[nz * plane];
        int chunks = Math.min(nz, Math.max(1, ex.threads() * 4));
        int[] done = {0};
        Progress pr = p.sub(0.1, 1);
        ex.forEach(chunks, c -> {
            int from = (int) ((long) nz * c / chunks);
            int to = (int) ((long) nz * (c + 1) / chunks);
            renderChunk(m, spec, from, to, image, truth, () -> {
                synchronized (lock) {
                    done[0]++;
                    pr.report(done[0] / (double) nz, "phantom " + spec.id() + ": slice " + done[0] + " of " + nz);
                }
            }, p);
        });
        p.report(1, "phantom " + spec.id() + " done");
        Dims dims = new Dims(nz, spec.rows(), spec.columns());
        String id = spec.id();
        return new Phantom(new ShortVolume(id, dims, Spacing.BREAST_CT, image),
                new ByteVolume(id, dims, Spacing.BREAST_CT, truth), spec);
    }

    private static void calibrate(PhantomModel m, TaskExecutor ex, Progress p, Object lock) {
        long[] hist = new long[PhantomModel.HIST_BINS];
        long[] interior = {0};
        int samples = (m.nz + CALIBRATION_STEP - 1) / CALIBRATION_STEP;
        ex.forRange(samples, (from, to) -> {
            long[] h = new long[PhantomModel.HIST_BINS];
            long[] n = {0};
            for (int i = from; i < to; i++) {
                p.checkCancelled();
                m.sample(i * CALIBRATION_STEP, CALIBRATION_STEP, h, n);
            }
            synchronized (lock) {
                for (int b = 0; b < h.length; b++) {
                    hist[b] += h[b];
                }
                interior[0] += n[0];
            }
        });
        m.calibrateGlands(hist, interior[0]);
        p.report(1, null);
    }

    /** Renders slices [from, to): clean slices from-1 .. to, blurred, with noise, into the outputs. */
    private static void renderChunk(PhantomModel m, PhantomSpec spec, int from, int to, short[] image, byte[] truth,
            Runnable sliceDone, Progress p) {
        int nz = m.nz;
        int ny = m.ny;
        int nx = m.nx;
        int plane = ny * nx;
        int[] clean = new int[plane];
        int[] tmp = new int[plane];
        int[] prev = new int[plane];
        int[] cur = new int[plane];
        int[] next = new int[plane];
        byte[] labels = new byte[plane];

        p.checkCancelled();
        m.render(from, clean, labels);
        System.arraycopy(labels, 0, truth, from * plane, plane);
        blurXY(clean, tmp, cur, ny, nx);
        if (from == 0) {
            System.arraycopy(cur, 0, prev, 0, plane);
        } else {
            m.render(from - 1, clean, null);
            blurXY(clean, tmp, prev, ny, nx);
        }
        double noise = spec.noiseHu();
        for (int z = from; z < to; z++) {
            p.checkCancelled();
            if (z + 1 < nz) {
                boolean owned = z + 1 < to;
                m.render(z + 1, clean, owned ? labels : null);
                if (owned) {
                    System.arraycopy(labels, 0, truth, (z + 1) * plane, plane);
                }
                blurXY(clean, tmp, next, ny, nx);
            } else {
                System.arraycopy(cur, 0, next, 0, plane);
            }
            int base = z * plane;
            SplittableRandom rng = new SplittableRandom(sliceSeed(spec.seed(), z));
            for (int i = 0; i < plane; i++) {
                double v = (prev[i] + 2 * cur[i] + next[i]) * (1.0 / 64);
                if (noise > 0) {
                    long r = rng.nextLong();
                    double sum = (r & 0xFFFF) + ((r >>> 16) & 0xFFFF) + ((r >>> 32) & 0xFFFF) + (r >>> 48);
                    v += noise * SQRT3 * (sum * (1.0 / 65536) - 2);
                }
                long q = (long) Math.floor(v + 0.5);
                image[base + i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, q));
            }
            int[] t = prev;
            prev = cur;
            cur = next;
            next = t;
            sliceDone.run();
        }
    }

    /** Seed of the noise stream of slice z. */
    static long sliceSeed(long seed, int z) {
        return seed ^ PhantomModel.mix64(0x6A09E667F3BCC909L + z);
    }

    /** [1 2 1] along x then y, replicated borders: dst = 16 x blurred src. */
    static void blurXY(int[] src, int[] tmp, int[] dst, int ny, int nx) {
        for (int y = 0; y < ny; y++) {
            int b = y * nx;
            if (nx == 1) {
                tmp[b] = 4 * src[b];
                continue;
            }
            tmp[b] = 3 * src[b] + src[b + 1];
            for (int x = 1; x < nx - 1; x++) {
                tmp[b + x] = src[b + x - 1] + 2 * src[b + x] + src[b + x + 1];
            }
            tmp[b + nx - 1] = src[b + nx - 2] + 3 * src[b + nx - 1];
        }
        if (ny == 1) {
            for (int x = 0; x < nx; x++) {
                dst[x] = 4 * tmp[x];
            }
            return;
        }
        for (int x = 0; x < nx; x++) {
            dst[x] = 3 * tmp[x] + tmp[nx + x];
        }
        for (int y = 1; y < ny - 1; y++) {
            int b = y * nx;
            for (int x = 0; x < nx; x++) {
                dst[b + x] = tmp[b - nx + x] + 2 * tmp[b + x] + tmp[b + nx + x];
            }
        }
        int last = (ny - 1) * nx;
        for (int x = 0; x < nx; x++) {
            dst[last + x] = tmp[last - nx + x] + 3 * tmp[last + x];
        }
    }
}
