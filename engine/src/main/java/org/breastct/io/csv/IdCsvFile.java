package org.breastct.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a fixed header and at most one row per id (the first column), such as the
 * batch scripts' {@code Glandularity.csv} and {@code Segmentation_time.csv}.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #open} creates the file with only the header if it does not exist (or is empty), and
 * fails with an {@link IOException} naming the file and both headers if an existing file's header
 * differs from the expected one (it is never overwritten then).</li>
 * <li>{@link #append} adds a row unless a row with the same id exists already; then it SKIPS the
 * new row and returns false, so a re-run of a batch keeps the first result and never duplicates
 * (as the scripts skip breasts already processed). {@link #put} is the explicit alternative that
 * replaces the existing row in place.</li>
 * <li>Every change rewrites the whole file to a temporary file in the same folder and moves it over
 * the old one (atomic where the file system supports it), so readers never see a half-written
 * file and an interrupted write leaves the old file intact. Each operation re-reads the file, so
 * several {@code IdCsvFile} objects (and rows written by other tools meanwhile) stay consistent.
 * Operations on the same path are serialised within one JVM; separate processes writing the
 * same file at the same moment are not coordinated.</li>
 * <li>Format: RFC 4180 ({@link CSVFormat#DEFAULT}: comma, double quotes where needed, CRLF line
 * ends as Python's {@code csv} module writes), UTF-8 without BOM; a BOM and blank lines in an
 * existing file are tolerated. Rows already in the file with the same id (written by other
 * tools) are kept as they are.</li>
 * </ul>
 * Repair ({@link #open(Path, List, Consumer)}, what the batch commands use): an existing file that cannot be read
 * as above (torn last line, hand-edited with semicolons or decimal commas, an extra or a missing column, the header
 * deleted, binary garbage) does not stop the work: the file is renamed, byte for byte, to
 * {@code <name>.damaged-<yyyyMMdd-HHmmss>.csv} beside it, a fresh file with the expected header and every row that
 * could be recovered ({@link CsvSalvage}) takes its place, and one line saying so goes to the callback. No row is
 * lost: rows not recovered stay in the kept copy. A readable file an earlier version wrote with fewer columns
 * (its header is the expected one without some columns, same id column, same order) is upgraded in place instead:
 * its rows are kept and the added columns left empty, and one line says so.
 *
 * <p>Cost: O(file size) per operation; fine for files of one row per breast.
 */
public final class IdCsvFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final List<String> header;
    private final Object lock;

    private IdCsvFile(Path file, List<String> header) {
        this.file = file;
        this.header = header;
        this.lock = LOCKS.computeIfAbsent(file, p -> new Object());
    }

    /**
     * Opens {@code file}, creating it (header only) if it does not exist or is empty.
     *
     * @param header column names; the first column is the id. Must be non-empty, without duplicates.
     * @throws IOException if the file cannot be read or created, is not valid CSV, or its header
     *         differs from {@code header}
     */
    public static IdCsvFile open(Path file, List<String> header) throws IOException {
        return open(file, header, null);
    }

    /**
     * {@link #open(Path, List)}, but a file that exists and cannot be read as a CSV file with this header is
     * repaired (class comment) instead of failing; {@code onRepair} receives the one-line report. Null
     * {@code onRepair}: fail as {@link #open(Path, List)} does.
     *
     * @throws IOException if the file cannot be read, moved or written (I/O, permissions)
     */
    public static IdCsvFile open(Path file, List<String> header, Consumer<String> onRepair) throws IOException {
        Objects.requireNonNull(file, "file");
        List<String> h = List.copyOf(header);
        if (h.isEmpty()) {
            throw new IllegalArgumentException("CSV file " + file + ": empty header");
        }
        if (h.stream().distinct().count() != h.size()) {
            throw new IllegalArgumentException("CSV file " + file + ": duplicate column in header " + h);
        }
        IdCsvFile csv = new IdCsvFile(file.toAbsolutePath().normalize(), h);
        synchronized (csv.lock) {
            List<List<String>> rows;
            try {
                rows = csv.read();
            } catch (ContentException e) {
                if (onRepair == null) {
                    throw e;
                }
                String upgraded = csv.upgrade();
                onRepair.accept(upgraded != null ? upgraded : csv.repair(e));
                rows = List.of();
            }
            if (rows == null) {
                csv.write(List.of());
            }
        }
        return csv;
    }

    /**
     * Upgrades, in place, a file an earlier version wrote with fewer columns: its header is the expected
     * header without some columns (same id column, same order) and every row has one value per column
     * of it. The rows are kept, values by column name, the added columns empty. Returns the report, or
     * null (file untouched) if the file is not such a file.
     */
    private String upgrade() throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord rec : parser) {
                records.add(rec.toList());
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return null;
        }
        if (records.isEmpty()) {
            return null;
        }
        List<String> old = new ArrayList<>(records.get(0));
        if (!old.isEmpty() && old.get(0).startsWith("\uFEFF")) {
            old.set(0, old.get(0).substring(1));
        }
        int[] index = new int[header.size()];
        int next = 0;
        List<String> added = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (next < old.size() && header.get(c).equals(old.get(next))) {
                index[c] = next++;
            } else {
                index[c] = -1;
                added.add(header.get(c));
            }
        }
        if (next < old.size() || added.isEmpty() || index[0] != 0) {
            return null; // a column the expected header lacks, or out of order, or nothing missing
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            if (values.size() != old.size() || values.get(0).isEmpty()) {
                return null;
            }
            List<String> row = new ArrayList<>(header.size());
            for (int c = 0; c < header.size(); c++) {
                row.add(index[c] < 0 ? "" : values.get(index[c]));
            }
            rows.add(row);
        }
        write(rows);
        return file + " was written by an earlier version: added the column" + (added.size() == 1 ? " " : "s ")
                + String.join(", ", added) + " (empty) and kept its " + rows.size()
                + (rows.size() == 1 ? " row" : " rows");
    }

    /** Moves the unreadable file aside and writes the recovered rows to a fresh one; returns the report. */
    private String repair(ContentException cause) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CsvSalvage.Result s = CsvSalvage.salvage(bytes, header);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path kept = file.resolveSibling(stem + ".damaged-" + stamp + ".csv");
        for (int i = 2; Files.exists(kept); i++) {
            kept = file.resolveSibling(stem + ".damaged-" + stamp + "-" + i + ".csv");
        }
        Files.move(file, kept);
        write(s.rows());
        String what = s.binary() ? "it is not text" : cause.reason;
        String left = s.unreadableLines() == 0 ? "" : "; " + s.unreadableLines()
                + (s.unreadableLines() == 1 ? " line is" : " lines are") + " only in the copy";
        return file + " could not be read (" + what + "): kept it as " + kept.getFileName() + " and wrote a fresh "
                + name + " with the " + s.rows().size() + (s.rows().size() == 1 ? " row" : " rows")
                + " recovered from it" + left;
    }

    /** The file's content does not fit the expected format (as opposed to an I/O failure). */
    private static final class ContentException extends IOException {

        private static final long serialVersionUID = 1L;
        private final String reason;

        ContentException(Path file, String reason, Throwable cause) {
            super("CSV file " + file + ": " + reason, cause);
            this.reason = reason;
        }
    }

    /** The file (absolute, normalised). */
    public Path file() {
        return file;
    }

    /** The column names; the first is the id column. */
    public List<String> header() {
        return header;
    }

    /** True if a row with this id exists. */
    public boolean contains(String id) throws IOException {
        return row(id).isPresent();
    }

    /** The first row with this id, if any. */
    public Optional<List<String>> row(String id) throws IOException {
        for (List<String> r : rows()) {
            if (r.get(0).equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** All data rows in file order (header excluded). */
    public List<List<String>> rows() throws IOException {
        synchronized (lock) {
            List<List<String>> rows = read();
            return rows == null ? List.of() : rows;
        }
    }

    /** The ids in file order. */
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        for (List<String> r : rows()) {
            ids.add(r.get(0));
        }
        return ids;
    }

    /**
     * Appends {@code row} unless its id is present already (then the file is left untouched).
     *
     * @return true if the row was written, false if it was skipped as a duplicate
     * @throws IllegalArgumentException if the row has not one value per column or an empty id
     */
    public boolean append(List<String> row) throws IOException {
        List<String> r = check(row);
        synchronized (lock) {
            List<List<String>> rows = readOrEmpty();
            for (List<String> old : rows) {
                if (old.get(0).equals(r.get(0))) {
                    return false;
                }
            }
            rows.add(r);
            write(rows);
            return true;
        }
    }

    /**
     * Writes {@code row}, replacing the row(s) with the same id in place (the first keeps its
     * position, later duplicates are dropped), or appending it if the id is new.
     *
     * @return true if an existing row was replaced
     */
    public boolean put(List<String> row) throws IOException {
        List<String> r = check(row);
        synchronized (lock) {
            List<List<String>> rows = readOrEmpty();
            List<List<String>> out = new ArrayList<>(rows.size() + 1);
            boolean replaced = false;
            for (List<String> old : rows) {
                if (!old.get(0).equals(r.get(0))) {
                    out.add(old);
                } else if (!replaced) {
                    out.add(r);
                    replaced = true;
                }
            }
            if (!replaced) {
                out.add(r);
            }
            write(out);
            return replaced;
        }
    }

    private List<String> check(List<String> row) {
        List<String> r = List.copyOf(row);
        if (r.size() != header.size()) {
            throw new IllegalArgumentException("CSV file " + file + ": row " + r + " has " + r.size()
                    + " values but the header " + header + " has " + header.size() + " columns");
        }
        if (r.get(0).isEmpty()) {
            throw new IllegalArgumentException("CSV file " + file + ": row " + r + " has an empty id");
        }
        return r;
    }

    private List<List<String>> readOrEmpty() throws IOException {
        List<List<String>> rows = read();
        return rows == null ? new ArrayList<>() : rows;
    }

    /** The data rows, or null if the file does not exist or holds nothing (not even a header). */
    private List<List<String>> read() throws IOException {
        Reader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        try (reader; CSVParser parser = FORMAT.parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            boolean first = true;
            for (CSVRecord rec : parser) {
                List<String> values = new ArrayList<>(rec.toList());
                if (first) {
                    first = false;
                    if (!values.isEmpty() && values.get(0).startsWith("\uFEFF")) {
                        values.set(0, values.get(0).substring(1));
                    }
                    if (!values.equals(header)) {
                        throw new ContentException(file, "it has the header " + values + " but " + header
                                + " is expected; move it away or choose another file", null);
                    }
                    continue;
                }
                if (values.size() != header.size()) {
                    throw new ContentException(file, "line " + parser.getCurrentLineNumber() + " has "
                            + values.size() + " values, expected " + header.size() + " " + header, null);
                }
                rows.add(values);
            }
            return first ? null : rows;
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ContentException(file, "it is not valid CSV: " + e.getMessage(), e);
        }
    }

    private void write(List<List<String>> rows) throws IOException {
        TextFiles.writeAtomically(file, w -> {
            CSVPrinter printer = new CSVPrinter(w, FORMAT);
            printer.printRecord(header);
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
            printer.flush();
        });
    }

    @Override
    public String toString() {
        return "IdCsvFile " + file + " " + header;
    }
}
