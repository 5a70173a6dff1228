package org.breastct.cli;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.breastct.io.csv.TextFiles;
import org.breastct.volume.Spacing;

/**
 * What the outputs of one breast in an output folder were made from: {@code .breastct/<uid>.properties}, so that
 * a re-run redoes what is stale (the input was re-converted or replaced, the settings changed) and repairs what
 * is missing, instead of trusting that a file exists.
 *
 * <p>Each step stores, under its own key, a "source" string: the {@link #signature signatures} (size and
 * modification time) of the files it read and the settings that change its output; the segmentation step also
 * stores the signature of the label file it wrote and its stage times (so a lost {@code Segmentation_time.csv}
 * row is rewritten without segmenting again). A step is up to date when its stored source equals the current
 * one. A step without any entry (outputs of an older version, of the scripts, or of a run killed between
 * writing an output and its entry) is taken as it is and recorded: see {@link #adopted}.
 *
 * <p>The file is written to a temporary name and moved into place; a damaged file counts as missing.
 */
final class BreastRecord {

    /** The folder of the records and of the lock, inside an output folder. */
    static final String STATE_DIR = ".breastct";

    static final String CONVERTED = "converted.from";
    static final String SPACING = "converted.spacing";
    static final String SEGMENTED = "segmented.from";
    static final String LABELS = "segmented.labels";
    static final String FOLD = "segmented.fold";
    static final String TIMES = "segmented.times";
    static final String EXTRACTED = "extracted.from";
    static final String DICOM = "dicom.from";

    /** The scripts' parity setting as written into sources before its rename, and now. */
    private static final String OLD_PARITY_NAME = "scriptsGlandRule=";
    private static final String NEW_PARITY_NAME = "scriptsParity=";

    private final Path file;
    private final Properties values = new Properties();

    private BreastRecord(Path file) {
        this.file = file;
    }

    /** The record of {@code uid} in output folder {@code out} (empty if there is none or it is unreadable). */
    static BreastRecord load(Path out, String uid) throws IOException {
        BreastRecord r = new BreastRecord(out.resolve(STATE_DIR).resolve(uid + ".properties"));
        try (Reader in = Files.newBufferedReader(r.file, StandardCharsets.UTF_8)) {
            r.values.load(in);
        } catch (NoSuchFileException e) {
            // no record yet
        } catch (IllegalArgumentException | java.nio.charset.MalformedInputException e) {
            r.values.clear();
        }
        return r;
    }

    String get(String key) {
        return values.getProperty(key);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * True when the stored source of {@code key} is {@code source}. A source stored under a setting's old name
     * ({@code scriptsGlandRule}, now {@code scriptsParity}) is read with the new name.
     */
    boolean upToDate(String key, String source) {
        String stored = values.getProperty(key);
        return stored != null && source.equals(stored.replace(OLD_PARITY_NAME, NEW_PARITY_NAME));
    }

    /** The voxel spacing recorded at conversion ({@code z,y,x} in mm), or {@code def}. */
    Spacing spacing(Spacing def) {
        String v = values.getProperty(SPACING);
        if (v == null) {
            return def;
        }
        String[] p = v.split(",");
        try {
            return new Spacing(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]));
        } catch (RuntimeException e) {
            return def;
        }
    }

    void put(String key, String value) {
        values.setProperty(key, Objects.requireNonNull(value, key));
    }

    void remove(String key) {
        values.remove(key);
    }

    /**
     * True when {@code key} has no entry, i.e. the output exists but was not made by a run that recorded it;
     * it is then taken as made from the current source.
     */
    boolean adopted(String key) {
        return !values.containsKey(key);
    }

    /** Writes the record (temporary file, then moved into place). */
    void save() throws IOException {
        TextFiles.writeAtomically(file, w -> values.store(w,
                "breastct: what the outputs of this breast were made from; delete to rebuild it"));
    }

    /**
     * Size and modification time of a file ({@code <bytes>@<mtime ns>}); of a folder, the number of its files,
     * their total size and newest modification time ({@code <n> files <bytes>@<ns>}); {@code none} if absent.
     */
    static String signature(Path p) throws IOException {
        if (p == null || !Files.exists(p)) {
            return "none";
        }
        if (!Files.isDirectory(p)) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        }
        long n = 0;
        long size = 0;
        long newest = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path f : ds) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    n++;
                    size += a.size();
                    newest = Math.max(newest, a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                }
            }
        }
        return n + " files " + size + "@" + newest;
    }

    /**
     * The components of settings record {@code settings} that differ from {@code defaults}, e.g.
     * {@code writeFoldLabel=true}, or {@code defaults}: a new setting added with its default does not make
     * old outputs stale.
     */
    static String settings(Record settings, Record defaults) {
        List<String> diff = new ArrayList<>();
        for (RecordComponent c : settings.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(settings);
                Object d = c.getAccessor().invoke(defaults);
                if (!Objects.equals(v, d)) {
                    diff.add(c.getName() + "=" + v);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("settings " + settings.getClass().getSimpleName() + ": " + e, e);
            }
        }
        return diff.isEmpty() ? "defaults" : String.join(",", diff);
    }

    /** The sources joined into one stored value. */
    static String source(String... parts) {
        return String.join(" | ", parts);
    }
}
