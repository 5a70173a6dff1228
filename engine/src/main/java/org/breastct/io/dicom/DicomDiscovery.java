package org.breastct.io.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.breastct.io.BreastFileNames;

/**
 * Finds the breasts (one DICOM series each) of an input folder, the same way for every command
 * and node, and names every folder that cannot be one instead of dropping it silently.
 *
 * <ul>
 * <li><b>A single series folder</b>: {@code root} itself directly holds DICOM files: one breast,
 * uid = its name.
 * <li><b>A CD/DVD layout</b>: {@code root} holds a {@code DICOMDIR}: every folder below it (up to
 * {@value #MAX_DEPTH} levels, e.g. {@code PT000000/ST000000/SE000000}) that directly holds DICOM
 * files is one breast, uid = its path below {@code root} with {@code _} between the names.
 * <li><b>A folder of breasts</b> (the scripts' layout): every visible subfolder is one breast,
 * uid = its name. A subfolder that holds no DICOM file itself but exactly one series folder
 * further down (e.g. {@code P001/STUDY/SERIES/}) is read from there; several series below it, or
 * files none of which is a readable DICOM file (empty files, a DICM file without meta group), make
 * it a {@linkplain BreastFolder#problem() failed} breast. Subfolders named
 * {@code segmentation_*} (label series this program wrote) are not breasts; names starting with
 * {@code cylinder} are reserved ({@link BreastFileNames#reservedUidProblem}); a subfolder with no
 * files or only files of known non-DICOM types ({@code .npy}, {@code .png}, {@code .csv}, ...)
 * is skipped with a note.
 * </ul>
 */
public final class DicomDiscovery {

    /** How deep below a breast folder (or a CD root) series folders are looked for. */
    public static final int MAX_DEPTH = 5;

    /** Extensions of files that are surely not DICOM slices (outputs, notes, pictures). */
    private static final Set<String> NOT_DICOM = Set.of("npy", "png", "jpg", "jpeg", "csv", "txt", "md", "json",
            "pdf", "xml", "html", "zip", "gz", "log", "ini", "doc", "docx", "xls", "xlsx");

    private DicomDiscovery() {
    }

    /**
     * One breast found: its uid and series folder, or why it cannot be read.
     *
     * @param uid the breast id (folder name, or the path below a CD root joined with {@code _})
     * @param folder the folder holding the series' files (or the breast folder when {@code problem} is set)
     * @param problem null, or a one-line reason why this breast cannot be read (report it as failed)
     */
    public record BreastFolder(String uid, Path folder, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * What {@link #find} found.
     *
     * @param breasts the breasts in uid order (failed ones included, with their problem)
     * @param notes one line per skipped folder
     */
    public record Found(List<BreastFolder> breasts, List<String> notes) {

        public Found {
            breasts = List.copyOf(breasts);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The breasts of {@code root} (see the class comment).
     *
     * @throws DicomSeriesException if {@code root} is not a folder
     * @throws IOException if a folder cannot be listed
     */
    public static Found find(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new DicomSeriesException("folder of breasts " + root + " does not exist or is not a folder");
        }
        List<BreastFolder> breasts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (hasDicomDir(root)) {
            for (Path series : seriesFoldersBelow(root, MAX_DEPTH + 1)) {
                String uid = root.relativize(series).toString().replace(root.getFileSystem().getSeparator(), "_");
                breasts.add(breast(uid, series));
            }
            if (breasts.isEmpty()) {
                notes.add(root + ": DICOMDIR but no folder with DICOM image files below it");
            }
            return new Found(breasts, notes);
        }
        if (DicomSeriesReader.isSeriesFolder(root)) {
            return new Found(List.of(breast(DicomSeriesReader.folderName(root), root)), notes);
        }
        for (Path f : DicomSeriesReader.listBreastFolders(root)) {
            String uid = f.getFileName().toString();
            if (uid.startsWith(BreastFileNames.SEGMENTATION_PREFIX)) {
                continue;
            }
            if (DicomSeriesReader.isSeriesFolder(f)) {
                breasts.add(breast(uid, f));
                continue;
            }
            List<Path> nested = seriesFoldersBelow(f, MAX_DEPTH);
            if (nested.size() == 1) {
                breasts.add(breast(uid, nested.get(0)));
            } else if (nested.size() > 1) {
                List<String> names = new ArrayList<>();
                for (Path p : nested.subList(0, Math.min(3, nested.size()))) {
                    names.add(f.relativize(p).toString());
                }
                breasts.add(new BreastFolder(uid, f, "folder " + f + " holds " + nested.size()
                        + " series in nested folders (" + String.join(", ", names) + (nested.size() > 3 ? ", ..." : "")
                        + "); one breast folder must hold one series"));
            } else {
                String why = unreadable(f);
                if (why != null) {
                    breasts.add(new BreastFolder(uid, f, why));
                } else {
                    notes.add(uid + ": skipped (no DICOM files)");
                }
            }
        }
        return new Found(breasts, notes);
    }

    private static BreastFolder breast(String uid, Path folder) {
        return new BreastFolder(uid, folder, BreastFileNames.reservedUidProblem(uid));
    }

    /** True for a file named DICOMDIR (any case). */
    static boolean isDicomDir(Path file) {
        return file.getFileName().toString().equalsIgnoreCase("DICOMDIR");
    }

    private static boolean hasDicomDir(Path folder) throws IOException {
        for (Path f : DicomSeriesReader.regularFiles(folder)) {
            if (isDicomDir(f)) {
                return true;
            }
        }
        return false;
    }

    /** Folders strictly below {@code top} (at most {@code depth} levels) that directly hold DICOM files, sorted. */
    private static List<Path> seriesFoldersBelow(Path top, int depth) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(top, depth)) {
            for (Path p : s.filter(Files::isDirectory).filter(p -> !p.equals(top)).sorted().toList()) {
                if (!hidden(top, p) && DicomSeriesReader.isSeriesFolder(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean hidden(Path top, Path p) {
        for (Path part : top.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a breast folder without DICOM files cannot be read, or null when it holds nothing that
     * looks like a slice (empty, or only files of known non-DICOM types).
     */
    private static String unreadable(Path folder) throws IOException {
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder, MAX_DEPTH)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (!hidden(folder, p) && !NOT_DICOM.contains(extension(p))) {
                    candidates.add(p);
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Path first = candidates.get(0);
        long empty = 0;
        for (Path p : candidates) {
            if (Files.size(p) == 0) {
                empty++;
            }
        }
        String firstWhy = Files.size(first) == 0 ? "empty (0 bytes)"
                : "not a DICOM file PixelMed can read (no DICM marker with a file meta information group)";
        return "no readable DICOM image in " + folder + ": " + candidates.size() + " file"
                + (candidates.size() == 1 ? "" : "s") + (empty > 0 ? ", " + empty + " of them empty (0 bytes)" : "")
                + "; " + folder.relativize(first) + " is " + firstWhy;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
