package org.breastct.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The key tree of a KNIME node's settings as KNIME saved them: the config paths and entry types
 * (no values) under {@code model} and {@code node_creation_config}. Stored per factory as our own
 * fixture in {@code src/test/resources/keytrees/<factory>.keys}, written by
 * {@code workflows/tools/reference_keytrees.py} from the reference file named in its header.
 *
 * <p>Fixture format: {@code #} comments (the references), {@code factory <class>}, zero or more
 * {@code wildcard <path>} (a path whose last segment ends in {@code *} matches any key with that
 * prefix: one sub-config per column or per variable), then {@code config <path>} and
 * {@code entry <path> <type>} lines.
 */
record KeyTree(String factory, List<String> wildcards, TreeSet<String> lines) {

    static KeyTree load(final String factory) throws IOException {
        String name = "/keytrees/" + factory + ".keys";
        try (InputStream in = KeyTree.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            String f = null;
            List<String> wildcards = new ArrayList<>();
            TreeSet<String> lines = new TreeSet<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("factory ")) {
                    f = l.substring(8).trim();
                } else if (l.startsWith("wildcard ")) {
                    wildcards.add(l.substring(9).trim());
                } else if (l.startsWith("config ") || l.startsWith("entry ")) {
                    lines.add(l.strip());
                } else {
                    throw new IOException(name + ": unexpected line '" + l + "'");
                }
            }
            if (!factory.equals(f)) {
                throw new IOException(name + ": names factory " + f);
            }
            KeyTree raw = new KeyTree(f, wildcards, new TreeSet<>());
            for (String l : lines) {
                raw.lines().add(raw.normalize(l));
            }
            return raw;
        }
    }

    /** The key tree of a node's settings.xml: {@code model} and, if present, {@code node_creation_config}. */
    TreeSet<String> of(final KnimeXml.Config settings) {
        List<String> raw = new ArrayList<>();
        KnimeXml.Config model = settings.config("model");
        if (model != null) {
            raw.addAll(model.keyTree("model"));
        }
        KnimeXml.Config creation = settings.config("node_creation_config");
        if (creation != null) {
            raw.addAll(creation.keyTree("node_creation_config"));
        }
        TreeSet<String> out = new TreeSet<>();
        for (String l : raw) {
            out.add(normalize(l));
        }
        return out;
    }

    /**
     * A key-tree line with the segments that stand for data, not layout, replaced: a segment a
     * wildcard matches by the wildcard's segment, an array element ({@code 0}, {@code 1}, ...) by
     * {@code #}. Keys may contain spaces: a line is "config PATH" or "entry PATH TYPE" (types have none).
     */
    private String normalize(final String line) {
        boolean entry = line.startsWith("entry ");
        String rest = line.substring(line.indexOf(' ') + 1);
        String type = "";
        if (entry) {
            type = rest.substring(rest.lastIndexOf(' '));
            rest = rest.substring(0, rest.lastIndexOf(' '));
        }
        String[] parts = rest.split("/");
        for (String w : wildcards) {
            String[] wp = w.split("/");
            if (parts.length < wp.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < wp.length && match; i++) {
                match = wp[i].endsWith("*") ? parts[i].startsWith(wp[i].substring(0, wp[i].length() - 1))
                        : wp[i].equals(parts[i]);
            }
            if (match) {
                System.arraycopy(wp, 0, parts, 0, wp.length);
            }
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].matches("\\d+")) {
                parts[i] = "#";
            }
        }
        return (entry ? "entry " : "config ") + String.join("/", parts) + type;
    }

    /**
     * What differs between a node's key tree and this reference: configs or entries the node lacks
     * ("missing"), has but KNIME does not save there ("not in the reference"), or has with another
     * type. Empty if they are equal.
     */
    List<String> differences(final KnimeXml.Config settings) {
        TreeSet<String> actual = of(settings);
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!actual.contains(l)) {
                out.add("missing: " + l);
            }
        }
        for (String l : actual) {
            if (!lines.contains(l)) {
                out.add("not in the reference: " + l);
            }
        }
        return out;
    }
}
