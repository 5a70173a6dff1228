package org.breastct.knime.view;

import java.util.Locale;

import org.breastct.render.Plane;
import org.breastct.volume.Dims;
import org.breastct.volume.Spacing;

/**
 * The geometry of the three viewing planes over a {@code [z][y][x]} volume, oriented as
 * {@link Plane} and {@link org.breastct.render.Planes} define them. A point of a plane is
 * (column u, line v) of the image:
 * <ul>
 * <li>coronal slice z: u = x, v = y ({@code nz} slices);</li>
 * <li>sagittal column x: u = y, v = z ({@code nx} slices);</li>
 * <li>transversal row y: u = x, v = z ({@code ny} slices).</li>
 * </ul>
 */
final class ViewPlane {

    private ViewPlane() {
    }

    /** The plane of a name as the page sends it ({@code coronal}, {@code sagittal}, {@code transversal}, any case). */
    static Plane parse(final String name) {
        try {
            return Plane.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown plane '" + name + "' (coronal, sagittal or transversal)", e);
        }
    }

    /** Number of slices of the plane. */
    static int count(final Plane p, final Dims d) {
        return switch (p) {
            case CORONAL -> d.nz();
            case SAGITTAL -> d.nx();
            case TRANSVERSAL -> d.ny();
        };
    }

    /** Width (columns u) of the plane image. */
    static int width(final Plane p, final Dims d) {
        return p == Plane.SAGITTAL ? d.ny() : d.nx();
    }

    /** Height (lines v) of the plane image. */
    static int height(final Plane p, final Dims d) {
        return p == Plane.CORONAL ? d.ny() : d.nz();
    }

    /** mm per image column. */
    static double columnMm(final Plane p, final Spacing s) {
        return p == Plane.SAGITTAL ? s.y() : s.x();
    }

    /** mm per image line. */
    static double lineMm(final Plane p, final Spacing s) {
        return p == Plane.CORONAL ? s.y() : s.z();
    }

    /** (z, y, x) of point (u, v) of slice {@code index} of the plane. */
    static int[] voxel(final Plane p, final int index, final int u, final int v) {
        return switch (p) {
            case CORONAL -> new int[] {index, v, u};
            case SAGITTAL -> new int[] {v, u, index};
            case TRANSVERSAL -> new int[] {v, index, u};
        };
    }
}
