package org.breastct.io.npy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.breastct.io.BreastFileNames;
import org.breastct.progress.Progress;
import org.breastct.volume.MaskVolume;

/**
 * The table-ring files of a folder of breasts: the scripts write one {@code cylinder.npy} per
 * folder; a batch with several matrix sizes keeps one ring per size, {@code cylinder.npy} for the
 * first size written and {@code cylinder_<rows>x<columns>.npy} for each other size, so that no
 * breast's label series loses its ring silently.
 */
public final class CylinderRingFiles {

    private CylinderRingFiles() {
    }

    /**
     * The ring a label series of {@code rows x columns} slices is written with, or why there is none.
     *
     * @param ring the ring, or null
     * @param note null when a ring was found; else one line saying which files were looked for
     */
    public record Found(MaskVolume ring, String note) {
    }

    /**
     * Keeps {@code ring} in {@code dir} unless a ring of its size is there already: writes
     * {@code cylinder.npy} if absent, else {@code cylinder_<R>x<C>.npy} if {@code cylinder.npy} has
     * another size and that file is absent. Atomic ({@link NpyWriter}).
     *
     * @return the file written, or null if a ring of this size existed
     */
    public static Path save(Path dir, MaskVolume ring) throws IOException {
        int rows = ring.dims().ny();
        int cols = ring.dims().nx();
        Path main = dir.resolve(BreastFileNames.CYLINDER_FILE);
        Path target = main;
        if (Files.exists(main)) {
            if (sameSize(main, rows, cols)) {
                return null;
            }
            target = dir.resolve(BreastFileNames.cylinder(rows, cols));
            if (Files.exists(target)) {
                return null;
            }
        }
        NpyWriter.write2d(target, ring, Progress.NONE);
        return target;
    }

    /** The ring for slices of {@code rows x cols} in {@code dir} (see the class comment). */
    public static Found find(Path dir, int rows, int cols) throws IOException {
        Path main = dir.resolve(BreastFileNames.CYLINDER_FILE);
        if (Files.isRegularFile(main) && sameSize(main, rows, cols)) {
            return new Found(NpyReader.readMask2d(main), null);
        }
        Path sized = dir.resolve(BreastFileNames.cylinder(rows, cols));
        if (Files.isRegularFile(sized)) {
            return new Found(NpyReader.readMask2d(sized), null);
        }
        String has = Files.isRegularFile(main) ? " (" + main.getFileName() + " is " + shape(main) + ")" : "";
        return new Found(null, "no cylinder ring for " + rows + " x " + cols + " slices in " + dir + ": neither "
                + BreastFileNames.CYLINDER_FILE + " of that size nor " + sized.getFileName() + has);
    }

    private static boolean sameSize(Path file, int rows, int cols) throws IOException {
        long[] s = NpyReader.readHeader(file).shape();
        return s.length == 2 && s[0] == rows && s[1] == cols;
    }

    private static String shape(Path file) throws IOException {
        long[] s = NpyReader.readHeader(file).shape();
        return s.length == 2 ? s[0] + " x " + s[1] : NpyReader.readHeader(file).shapeString();
    }
}
