package org.breastct.workflows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * KNIME's config XML (settings.xml, workflow.knime): a tree of {@code <config key>} elements holding
 * {@code <entry key type value [isnull]>} elements, namespace http://www.knime.org/2008/09/XMLConfig.
 * Parsing fails on anything else, on a missing key and on a key that occurs twice in one config.
 */
final class KnimeXml {

    static final String NS = "http://www.knime.org/2008/09/XMLConfig";

    private KnimeXml() {
    }

    /** An entry: KNIME type (xstring, xint, ...) and value (null if isnull="true"). */
    record Entry(String type, String value) {
    }

    /** A config: its children in file order, each an {@link Entry} or a nested {@link Config}. */
    record Config(String key, Map<String, Object> children) {

        Config config(final String k) {
            return children.get(k) instanceof Config c ? c : null;
        }

        Entry entry(final String k) {
            return children.get(k) instanceof Entry e ? e : null;
        }

        String string(final String k) {
            Entry e = entry(k);
            return e == null ? null : e.value();
        }

        /** The config at a slash-separated path below this one, or null. */
        Config at(final String path) {
            Config c = this;
            for (String k : path.split("/")) {
                c = c == null ? null : c.config(k);
            }
            return c;
        }

        /**
         * The key tree below this config: one line per config ({@code config a/b}) and entry
         * ({@code entry a/b/c xstring}), paths prefixed with {@code prefix}.
         */
        List<String> keyTree(final String prefix) {
            List<String> out = new ArrayList<>();
            out.add("config " + prefix);
            for (Map.Entry<String, Object> e : children.entrySet()) {
                String path = prefix + "/" + e.getKey();
                if (e.getValue() instanceof Config c) {
                    out.addAll(c.keyTree(path));
                } else {
                    out.add("entry " + path + " " + ((Entry) e.getValue()).type());
                }
            }
            return out;
        }
    }

    static Config parse(final Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root;
        try (InputStream in = Files.newInputStream(file)) {
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        }
        if (!NS.equals(root.getNamespaceURI()) || !"config".equals(root.getLocalName())) {
            throw new IllegalArgumentException(file + ": not a KNIME config file");
        }
        return toConfig(root, file);
    }

    /** KNIME writes control characters in values as %%ddddd (a tab is %%00009). */
    static String unescape(final String v) {
        return Pattern.compile("%%(\\d{5})").matcher(v)
                .replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1)))));
    }

    private static Config toConfig(final Element el, final Path file) {
        Map<String, Object> children = new LinkedHashMap<>();
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            String key = c.getAttribute("key");
            Object value = switch (c.getLocalName()) {
                case "entry" -> new Entry(c.getAttribute("type"),
                        "true".equals(c.getAttribute("isnull")) ? null : unescape(c.getAttribute("value")));
                case "config" -> toConfig(c, file);
                default -> throw new IllegalArgumentException(file + ": unexpected element " + c.getLocalName());
            };
            if (key.isEmpty() || children.put(key, value) != null) {
                throw new IllegalArgumentException(file + ": missing or duplicate key '" + key + "' in config '"
                        + el.getAttribute("key") + "'");
            }
        }
        return new Config(el.getAttribute("key"), children);
    }
}
