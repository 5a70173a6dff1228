package org.breastct.knime.node.npyreader;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.breastct.io.npy.NpyReader;

/**
 * Which files the NPY Reader reads and which id each gets (plain Java, unit-tested).
 *
 * <p>A file location is read as is (patterns do not apply). In a folder, the regular files directly
 * inside it (not in sub-folders) whose name matches one of the include globs and none of the
 * exclude globs, sorted by name. Globs use {@link java.nio.file.FileSystem#getPathMatcher} syntax
 * ({@code *}, {@code ?}, {@code [..]}, <code>{a,b}</code>) on the file name and are separated by
 * commas outside braces.
 */
public final class NpyFileSelection {

    private NpyFileSelection() {
    }

    /**
     * The files to read.
     *
     * @throws IOException if the location does not exist or the folder cannot be listed
     * @throws IllegalArgumentException if a pattern is not a valid glob
     */
    public static List<Path> select(final Path location, final String include, final String exclude)
            throws IOException {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            throw new IOException("'" + location + "' is neither a file nor a folder");
        }
        List<PathMatcher> inc = matchers(include);
        List<PathMatcher> exc = matchers(exclude);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(location)) {
            s.filter(Files::isRegularFile).sorted().forEach(p -> {
                Path name = p.getFileName();
                if (inc.stream().anyMatch(m -> m.matches(name)) && exc.stream().noneMatch(m -> m.matches(name))) {
                    out.add(p);
                }
            });
        }
        return out;
    }

    /** The id of a file: its name without {@code .npy}, with {@code stripPrefix} removed if the rest is not empty. */
    public static String idOf(final Path file, final String stripPrefix) {
        String id = NpyReader.idOf(file);
        if (stripPrefix != null && !stripPrefix.isEmpty() && id.startsWith(stripPrefix)
                && id.length() > stripPrefix.length()) {
            return id.substring(stripPrefix.length());
        }
        return id;
    }

    /** Splits a comma-separated glob list (commas inside braces belong to the glob). */
    static List<String> split(final String patterns) {
        List<String> out = new ArrayList<>();
        if (patterns == null) {
            return out;
        }
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : patterns.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
            if (c == ',' && depth == 0) {
                add(out, cur);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(final List<String> out, final StringBuilder cur) {
        String s = cur.toString().trim();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static List<PathMatcher> matchers(final String patterns) {
        List<PathMatcher> m = new ArrayList<>();
        for (String p : split(patterns)) {
            try {
                m.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("invalid file name pattern '" + p + "': " + e.getMessage(), e);
            }
        }
        return m;
    }
}
