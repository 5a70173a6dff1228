package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments of one command: positionals, {@code --name value} options and
 * {@code --flag} switches. Options a command does not declare are an error.
 */
final class Args {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();

    private Args() {
    }

    /**
     * Parses {@code argv}. {@code valueOptions} take a value ({@code --output DIR} or
     * {@code --output=DIR}); {@code flagOptions} take none. {@code -h}/{@code --help} is always a flag.
     */
    static Args parse(List<String> argv, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < argv.size(); i++) {
            String s = argv.get(i);
            if (s.equals("-h") || s.equals("--help")) {
                a.flags.add("help");
            } else if (s.startsWith("--")) {
                String name = s.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= argv.size()) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = argv.get(++i);
                    }
                    a.options.put(name, value);
                } else if (flagOptions.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    a.flags.add(name);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    List<String> positionals() {
        return positionals;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String option(String name, String def) {
        return options.getOrDefault(name, def);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int def) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return def;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got '" + v + "'");
        }
    }

    long longOption(String name, long def) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return def;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got '" + v + "'");
        }
    }

    /** A comma-separated triple such as {@code --shape 120,320,320}; null when absent. */
    int[] shapeOption(String name) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return null;
        }
        String[] parts = v.split("[,x]");
        if (parts.length != 3) {
            throw new UsageException("--" + name + " must be SLICES,ROWS,COLUMNS, got '" + v + "'");
        }
        int[] s = new int[3];
        for (int i = 0; i < 3; i++) {
            try {
                s[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be SLICES,ROWS,COLUMNS, got '" + v + "'");
            }
            if (s[i] <= 0) {
                throw new UsageException("--" + name + " values must be positive, got '" + v + "'");
            }
        }
        return s;
    }

    /** The single positional directory argument. */
    Path singleDir(String what) throws UsageException {
        if (positionals.size() != 1) {
            throw new UsageException("expected one " + what + " argument, got " + positionals.size());
        }
        return Path.of(positionals.get(0));
    }

    /**
     * The output folder: {@code --output DIR}, default {@code def} (the command creates it). A file of that name
     * or in its path is a usage error naming it.
     */
    Path outputDir(Path def) throws UsageException {
        Path out = Path.of(option("output", def.toString()));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("output folder " + out + " is a file, not a folder");
        }
        for (Path p = out.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UsageException("cannot create output folder " + out + ": " + p + " is a file, not a folder");
            }
        }
        return out;
    }

    /** {@link #singleDir}, which must be an existing folder ("not a folder: ..." otherwise). */
    Path existingDir(String what) throws UsageException {
        Path dir = singleDir(what);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("not a folder: " + dir);
        }
        return dir;
    }
}
