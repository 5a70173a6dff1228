package org.breastct.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads what can be read from a damaged or hand-edited id CSV file (see {@link IdCsvFile#open(java.nio.file.Path,
 * List, java.util.function.Consumer)}): the rows a person would recognise, mapped onto the expected columns.
 *
 * <p>Contract, line by line (a row never spans lines in the files this project writes):
 * <ul>
 * <li>Bytes that are not UTF-8 text (a NUL byte, or invalid UTF-8 in more than a few places) make the whole file
 * binary: no row.</li>
 * <li>Delimiter: semicolon if the first non-blank line holds one (spreadsheets in decimal-comma locales), else tab
 * if it holds one, else comma.</li>
 * <li>Header: the first non-blank line is a header when it names the expected id column or at least half of the
 * expected columns (case-insensitive, trimmed, a BOM ignored). Values are then taken by column name: extra
 * columns are dropped, an expected column the file lacks gets the empty string. Without a header (deleted) the
 * lines are read in the expected column order.</li>
 * <li>A line is unreadable (left out) when it does not parse, has another number of values than its header (or
 * than the expected columns, without header), or has an empty id.</li>
 * <li>A value other than the id that is a number with a decimal comma ({@code -0,25}) gets a decimal point.</li>
 * </ul>
 */
final class CsvSalvage {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+([eE][-+]?\\d+)?");

    /** The rows recovered and the number of non-blank lines that could not be used. */
    record Result(List<List<String>> rows, int unreadableLines, boolean binary) {
    }

    private CsvSalvage() {
    }

    static Result salvage(byte[] bytes, List<String> expected) {
        String text = decode(bytes);
        if (text == null) {
            return new Result(List.of(), countLines(bytes), true);
        }
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\r\n|\r|\n")) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Result(rows, 0, false);
        }
        if (lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        String first = lines.get(0);
        char delimiter = first.indexOf(';') >= 0 ? ';' : first.indexOf('\t') >= 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
        int unreadable = 0;
        List<String> head = parse(first, format);
        int[] index = headerIndex(head, expected);
        int fileColumns = expected.size();
        int start = 0;
        if (index != null) {
            fileColumns = head.size();
            start = 1;
        } else {
            index = new int[expected.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = i;
            }
        }
        for (int li = start; li < lines.size(); li++) {
            List<String> values = parse(lines.get(li), format);
            if (values == null || values.size() != fileColumns) {
                unreadable++;
                continue;
            }
            List<String> row = new ArrayList<>(expected.size());
            for (int c = 0; c < expected.size(); c++) {
                String v = index[c] < 0 ? "" : values.get(index[c]).trim();
                if (c > 0 && DECIMAL_COMMA.matcher(v).matches()) {
                    v = v.replace(',', '.');
                }
                row.add(v);
            }
            if (row.get(0).isEmpty()) {
                unreadable++;
                continue;
            }
            rows.add(row);
        }
        return new Result(rows, unreadable, false);
    }

    /** Column positions of the expected columns in {@code head} (-1: absent), or null if it is no header. */
    private static int[] headerIndex(List<String> head, List<String> expected) {
        if (head == null) {
            return null;
        }
        Map<String, Integer> pos = new HashMap<>();
        for (int i = head.size() - 1; i >= 0; i--) {
            pos.put(head.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        int[] index = new int[expected.size()];
        int found = 0;
        for (int c = 0; c < expected.size(); c++) {
            Integer p = pos.get(expected.get(c).toLowerCase(Locale.ROOT));
            index[c] = p == null ? -1 : p;
            found += p == null ? 0 : 1;
        }
        if (index[0] < 0 && 2 * found < expected.size()) {
            return null;
        }
        if (index[0] < 0) {
            index[0] = 0; // a header whose id column was renamed: the id is taken from the first column
        }
        return index;
    }

    private static List<String> parse(String line, CSVFormat format) {
        try (CSVParser p = format.parse(new StringReader(line))) {
            List<CSVRecord> recs = p.getRecords();
            return recs.size() == 1 ? recs.get(0).toList() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The text, or null when the bytes look binary. */
    private static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Latin-1 from an old spreadsheet is text; mostly-invalid bytes are not
            String latin = new String(bytes, StandardCharsets.ISO_8859_1);
            long control = latin.chars().filter(ch -> ch < 0x20 && ch != '\r' && ch != '\n' && ch != '\t').count();
            return control * 20 > latin.length() ? null : latin;
        }
    }

    private static int countLines(byte[] bytes) {
        int n = bytes.length == 0 ? 0 : 1;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }
}
