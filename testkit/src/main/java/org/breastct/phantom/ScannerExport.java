package org.breastct.phantom;

import java.util.Objects;
import java.util.SplittableRandom;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;

/**
 * Turns an HU volume (e.g. a {@link Phantom} image) into the series the scanner would export,
 * before the authors' DICOM-to-numpy step (docs/method.md section 1), so that the DICOM reader can
 * be tested end to end: the DICOM writer writes the result, the reader must give the image back.
 *
 * <p>Output, with R rows, C columns and the radius of pixel (i, j) taken exactly as the importer
 * takes it, {@code r = sqrt((i + 1 - R/2)^2 + (j + 1 - C/2)^2)}:
 * <ul>
 * <li>{@code dummySlices} reconstruction dummies prepended at the chest-wall side (slice 0 of the
 *     input with strong noise, sigma {@value #DUMMY_NOISE_HU} HU, and a central disc of
 *     {@value #DUMMY_DISC_HU} HU if slice 0 has nothing above -500 HU inside the kept radius), so
 *     they count as non-empty in the importer's trim; then the input slices.</li>
 * <li>In every slice: the CT-table cylinder, a ring of {@value #CYLINDER_HU} HU (+- noise of
 *     {@value #CYLINDER_NOISE_HU} HU) for {@code C/2 - margin + 2 <= r <= C/2 - 2}, replacing what
 *     was there, and {@link #PADDING} for {@code r > C/2} (outside the reconstruction circle).</li>
 * </ul>
 * Everything else is the input, unchanged. {@link #PADDING} is a raw stored-value marker, not HU:
 * a DICOM writer must store it as -2000 as it is (the importer maps stored -2000 to 0 before the
 * rescale intercept), and all other values as {@code HU - intercept}.
 *
 * <p>Round trip: the importer (padding to 0, + intercept, cylinder removal at {@code C/2 - 30},
 * keep slices {@code [3, l)} with l the count of slices holding a voxel > -500) gives back the
 * input with the pixels at {@code r > C/2 - 30} set to -1024, when {@code dummySlices == 3},
 * {@code margin <= 32} (the whole ring lies beyond {@code C/2 - 30}) and the input's non-empty
 * slices are contiguous from 0. Trailing slices with nothing above -500 HU inside the kept radius
 * (a phantom's slices after the nipple) are trimmed by the importer; {@link #expectedImport}
 * computes exactly what the importer should return.
 */
public final class ScannerExport {

    /** The scanner's padding value outside the reconstruction circle (a stored value). */
    public static final short PADDING = -2000;
    /** Reconstruction dummies the importer drops (docs/method.md 1.4). */
    public static final int DEFAULT_DUMMY_SLICES = 3;
    /** The importer clears pixels beyond {@code C/2 - 30} (docs/method.md 1.3). */
    public static final int IMPORT_CYLINDER_MARGIN = 30;
    static final int CYLINDER_HU = 100;
    static final int CYLINDER_NOISE_HU = 10;
    static final int DUMMY_NOISE_HU = 60;
    static final int DUMMY_DISC_HU = -100;
    private static final int AIR = -1024;
    private static final int NON_EMPTY_HU = -500;

    private ScannerExport() {
    }

    /**
     * The scanner series of {@code image}: {@code dummySlices + L} slices of R x C, int16 HU with
     * {@link #PADDING} outside the reconstruction circle, same id and spacing.
     *
     * @param image HU volume; must have nothing to keep at {@code r > C/2 - cylinderMargin + 2}
     * @param dummySlices dummies to prepend, >= 0 (the importer expects {@value #DEFAULT_DUMMY_SLICES})
     * @param cylinderMargin ring from {@code C/2 - cylinderMargin + 2} to {@code C/2 - 2}; 4..32 so
     *        the ring is non-empty and wholly beyond the importer's cut {@code C/2 - 30}
     * @param seed seed of the ring and dummy noise
     */
    public static ShortVolume asScannerSeries(ShortVolume image, int dummySlices, int cylinderMargin, long seed) {
        Objects.requireNonNull(image, "image");
        if (dummySlices < 0) {
            throw new IllegalArgumentException("dummySlices must be >= 0, got " + dummySlices);
        }
        if (cylinderMargin < 4 || cylinderMargin > IMPORT_CYLINDER_MARGIN + 2) {
            throw new IllegalArgumentException("cylinderMargin must be 4.." + (IMPORT_CYLINDER_MARGIN + 2)
                    + " (ring between C/2 - margin + 2 and C/2 - 2, beyond the importer's cut at C/2 - "
                    + IMPORT_CYLINDER_MARGIN + "), got " + cylinderMargin);
        }
        Dims in = image.dims();
        int nz = in.nz();
        int ny = in.ny();
        int nx = in.nx();
        int plane = ny * nx;
        if ((long) (nz + dummySlices) * plane > Dims.MAX_VOXELS) {
            throw new IllegalArgumentException("scanner series of " + image.id() + " would have "
                    + (long) (nz + dummySlices) * plane + " voxels, more than a volume can hold");
        }
        // zone per pixel: 0 inside, 1 ring, 2 padding
        byte[] zone = new byte[plane];
        double ringIn = nx / 2.0 - cylinderMargin + 2;
        double ringOut = nx / 2.0 - 2;
        double kept = nx / 2.0 - IMPORT_CYLINDER_MARGIN;
        boolean[] keptPixel = new boolean[plane];
        for (int i = 0; i < ny; i++) {
            for (int j = 0; j < nx; j++) {
                double r = radius(i, j, ny, nx);
                int p = i * nx + j;
                zone[p] = (byte) (r > nx / 2.0 ? 2 : r >= ringIn && r <= ringOut ? 1 : 0);
                keptPixel[p] = r <= kept;
            }
        }
        short[] src = image.data();
        short[] out = new short[(nz + dummySlices) * plane];
        boolean slice0HasBody = false;
        for (int p = 0; p < plane && nz > 0; p++) {
            if (keptPixel[p] && src[p] > NON_EMPTY_HU) {
                slice0HasBody = true;
                break;
            }
        }
        for (int d = 0; d < dummySlices; d++) {
            SplittableRandom rng = new SplittableRandom(PhantomModel.mix64(seed + 0x2545F4914F6CDD1DL * (d + 1)));
            int base = d * plane;
            for (int p = 0; p < plane; p++) {
                double v = nz > 0 ? src[p] : AIR;
                if (!slice0HasBody && isInDisc(p, ny, nx)) {
                    v = DUMMY_DISC_HU;
                }
                v += DUMMY_NOISE_HU * gaussianish(rng.nextLong());
                out[base + p] = clampShort(Math.round(v));
            }
        }
        System.arraycopy(src, 0, out, dummySlices * plane, nz * plane);
        for (int z = 0; z < nz + dummySlices; z++) {
            SplittableRandom rng = new SplittableRandom(PhantomModel.mix64(seed ^ (0x9E3779B97F4A7C15L * (z + 1))));
            int base = z * plane;
            for (int p = 0; p < plane; p++) {
                if (zone[p] == 2) {
                    out[base + p] = PADDING;
                } else if (zone[p] == 1) {
                    out[base + p] = clampShort(Math.round(CYLINDER_HU + CYLINDER_NOISE_HU * gaussianish(rng.nextLong())));
                }
            }
        }
        return new ShortVolume(image.id(), new Dims(nz + dummySlices, ny, nx), image.spacing(), out);
    }

    /** {@link #asScannerSeries} with 3 dummies and the ring at the importer's margin 30. */
    public static ShortVolume asScannerSeries(ShortVolume image, long seed) {
        return asScannerSeries(image, DEFAULT_DUMMY_SLICES, IMPORT_CYLINDER_MARGIN, seed);
    }

    /**
     * What the importer (docs/method.md 1.2-1.4) must return for the series
     * {@code asScannerSeries(image, 3, margin, seed)} with {@code margin <= 32}: the input with
     * pixels at {@code r > C/2 - 30} set to -1024, cut after its last slice that is counted as
     * non-empty (the importer keeps {@code [3, l)}, l = number of series slices with a voxel > -500
     * after the cylinder removal; that is all the input's non-empty slices when they are
     * contiguous from 0). A test oracle for the DICOM reader; a new volume, same id and spacing.
     */
    public static ShortVolume expectedImport(ShortVolume image) {
        Objects.requireNonNull(image, "image");
        Dims in = image.dims();
        int ny = in.ny();
        int nx = in.nx();
        int plane = ny * nx;
        double kept = nx / 2.0 - IMPORT_CYLINDER_MARGIN;
        short[] src = image.data();
        short[] cut = src.clone();
        int nonEmpty = DEFAULT_DUMMY_SLICES;
        for (int z = 0; z < in.nz(); z++) {
            boolean any = false;
            int base = z * plane;
            for (int i = 0; i < ny; i++) {
                for (int j = 0; j < nx; j++) {
                    int p = base + i * nx + j;
                    if (radius(i, j, ny, nx) > kept) {
                        cut[p] = AIR;
                    } else if (cut[p] > NON_EMPTY_HU) {
                        any = true;
                    }
                }
            }
            if (any) {
                nonEmpty++;
            }
        }
        int keep = Math.max(0, nonEmpty - DEFAULT_DUMMY_SLICES);
        short[] out = new short[keep * plane];
        System.arraycopy(cut, 0, out, 0, keep * plane);
        return new ShortVolume(image.id(), new Dims(keep, ny, nx), image.spacing(), out);
    }

    /** The importer's radius of pixel (i, j) (docs/method.md 1.3). */
    static double radius(int i, int j, int ny, int nx) {
        double di = i + 1 - ny / 2.0;
        double dj = j + 1 - nx / 2.0;
        return Math.sqrt(di * di + dj * dj);
    }

    private static boolean isInDisc(int p, int ny, int nx) {
        return radius(p / nx, p % nx, ny, nx) <= nx / 8.0;
    }

    /** Approximately standard normal from one 64-bit draw (sum of four 16-bit uniforms). */
    private static double gaussianish(long r) {
        double sum = (r & 0xFFFF) + ((r >>> 16) & 0xFFFF) + ((r >>> 32) & 0xFFFF) + (r >>> 48);
        return Math.sqrt(3) * (sum * (1.0 / 65536) - 2);
    }

    private static short clampShort(long v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }
}
