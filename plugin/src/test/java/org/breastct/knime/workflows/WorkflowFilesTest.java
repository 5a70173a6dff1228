package org.breastct.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.breastct.knime.node.dicomreader.DicomReaderSettings;
import org.breastct.knime.node.dicomwriter.DicomWriterSettings;
import org.breastct.knime.node.glandularity.GlandularityColumns;
import org.breastct.knime.node.glandularity.GlandularityParameters;
import org.breastct.knime.node.glandularity.GlandularitySettings;
import org.breastct.knime.node.dicomreader.DicomReaderColumns;
import org.breastct.knime.node.npyreader.NpyReaderSettings;
import org.breastct.knime.node.npywriter.NpyWriterSettings;
import org.breastct.knime.node.NodeInfo;
import org.breastct.knime.node.NodeInfos;
import org.breastct.knime.node.renderer.RendererParameters;
import org.breastct.knime.node.renderer.RendererSettings;
import org.breastct.knime.node.segmenter.SegmenterColumns;
import org.breastct.knime.node.segmenter.SegmenterParameters;
import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.LegacySettings;
import org.breastct.knime.settings.MapSettings;
import org.breastct.knime.settings.SettingsReader;
import org.breastct.knime.settings.SettingsWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The example workflows in {@code workflows/} (stored unzipped, KNIME's config XML): every
 * workflow.knime and node settings.xml parses; our nodes' {@code model} keys and entry types are
 * exactly what their settings classes save, values are the defaults except deliberately changed
 * settings, and the saved values load through the settings classes (so they are valid); our
 * factories exist and are registered in plugin.xml, node names and port counts match Factory.xml;
 * KNIME's own factories are on an allow-list checked against knime-base (README, "KNIME nodes
 * used") with their top-level model keys; connections join existing nodes on existing ports; every
 * flow-variable binding names a workflow variable and an existing string setting; the columns each
 * node is configured with exist in its input (columns computed through the workflow as the nodes
 * build them); the sample data the workflows point at exists.
 */
class WorkflowFilesTest {

    /** The three workflows of issue 6. */
    private static final List<String> REQUIRED = List.of("Breast CT batch segmentation", "From existing NPY files",
            "Labels to DICOM");

    private static final String OUR_PREFIX = "org.breastct.knime.node.";

    /** One of our nodes: its settings class's defaults (saved), a loader, and keys a workflow may change. */
    private record Ours(Function<MapSettings, Object> saveDefaults, Function<MapSettings, Object> load,
            Set<String> mayDiffer) {
    }

    private static <S> Ours ours(final S defaults, final java.util.function.BiConsumer<S, SettingsWriter> save,
            final Function<SettingsReader, S> load, final String... mayDiffer) {
        return new Ours(m -> {
            save.accept(defaults, m);
            return defaults;
        }, load::apply, Set.of(mayDiffer));
    }

    /**
     * A node with a parameters class: its defaults as KNIME saves them and a loader of the old flat
     * settings (see {@link LegacySettings}).
     */
    private static <S> Ours params(final Supplier<? extends BreastCtParameters<S>> parameters,
            final String... mayDiffer) {
        return new Ours(m -> {
            try {
                LegacySettings.values(parameters.get()).forEach(m::with);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            return m;
        }, m -> load(parameters.get(), m), Set.of(mayDiffer));
    }

    /** The validated settings of old flat settings {@code m} loaded into {@code p}. */
    static <S> S load(final BreastCtParameters<S> p, final MapSettings m) {
        try {
            return LegacySettings.load(p, m.values()).toSettings();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Factory simple names of our nodes -> settings contract. Paths, columns and policies may be set. */
    private static final Map<String, Ours> OURS = Map.of(
            "dicomreader.DicomReaderNodeFactory",
            ours(DicomReaderSettings.DEFAULTS, DicomReaderSettings::save, DicomReaderSettings::load, "folder"),
            "npyreader.NpyReaderNodeFactory",
            ours(NpyReaderSettings.DEFAULTS, NpyReaderSettings::save, NpyReaderSettings::load, "location",
                    "include_pattern", "exclude_pattern", "column_name"),
            "segmenter.SegmenterNodeFactory",
            params(SegmenterParameters::new),
            "renderer.RendererNodeFactory",
            params(RendererParameters::new),
            "glandularity.GlandularityNodeFactory",
            params(GlandularityParameters::new),
            "npywriter.NpyWriterNodeFactory",
            ours(NpyWriterSettings.DEFAULTS, NpyWriterSettings::save, NpyWriterSettings::load, "folder",
                    "volume_column", "overwrite_policy"),
            "dicomwriter.DicomWriterNodeFactory",
            ours(DicomWriterSettings.DEFAULTS, DicomWriterSettings::save, DicomWriterSettings::load, "folder",
                    "cylinder_column", "overwrite_policy"));

    /** KNIME's own node: data in/out ports and the top-level model keys its settings class saves. */
    private record Knime(int in, int out, Set<String> modelKeys) {
    }

    /**
     * KNIME nodes used, verified in knime/knime-base (factory class and the keys its model saves);
     * see workflows/README.md for the files and versions followed.
     */
    private static final Map<String, Knime> KNIME = Map.of(
            "org.knime.base.node.io.filehandling.csv.writer.CSVWriter2NodeFactory",
            new Knime(1, 0, Set.of("file_chooser_settings", "file_chooser_settings_Internals", "settings",
                    "advanced_settings", "comment_header_settings", "encoding")),
            "org.knime.base.node.preproc.filter.column.DataColumnSpecFilterNodeFactory",
            new Knime(1, 1, Set.of("column-filter")),
            "org.knime.base.node.io.filehandling.imagewriter.table.ImageWriterTableNodeFactory",
            new Knime(1, 1, Set.of("output_location", "output_location_Internals", "image_column",
                    "remove_image_column", "generate_file_names", "filename_pattern", "filename_column")),
            "org.knime.base.node.preproc.crossjoin.CrossJoinerNodeFactory",
            new Knime(2, 1, Set.of("rigthSuffix", "CFG_SEPARATOR", "CFG_CACHE", "CFG_SHOW_FIRST",
                    "CFG_FIRST_COLUMNNAME", "CFG_SHOW_SECOND", "CFG_SECOND_COLUMNNAME")));

    /** Sub-keys of KNIME's writer file chooser (SettingsModelWriterFileChooser). */
    private static final Set<String> FILE_CHOOSER_KEYS = Set.of("path", "file_system_chooser__Internals",
            "filter_mode", "filter_mode_Internals", "create_missing_folders", "if_path_exists");

    private static Path root;
    private static Set<String> registeredFactories;

    // ---- KNIME config XML ------------------------------------------------------------------

    /** An entry: KNIME type (xstring, xint, ...) and value (null if isnull). */
    record Entry(String type, String value) {
    }

    /** A config: ordered children, each an {@link Entry} or a nested {@link Config}. */
    record Config(String key, Map<String, Object> children) {

        Config config(final String k) {
            Object o = children.get(k);
            return o instanceof Config c ? c : null;
        }

        Entry entry(final String k) {
            Object o = children.get(k);
            return o instanceof Entry e ? e : null;
        }

        String string(final String k) {
            Entry e = entry(k);
            return e == null ? null : e.value();
        }

        int integer(final String k) {
            Entry e = entry(k);
            assertNotNull(e, "entry " + k + " in " + key);
            return Integer.parseInt(e.value());
        }
    }

    static Config parse(final Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d;
        try (InputStream in = Files.newInputStream(file)) {
            d = f.newDocumentBuilder().parse(in);
        }
        Element rootEl = d.getDocumentElement();
        assertEquals("http://www.knime.org/2008/09/XMLConfig", rootEl.getNamespaceURI(), file + " namespace");
        assertEquals("config", rootEl.getLocalName(), file.toString());
        return toConfig(rootEl, file);
    }

    /** KNIME writes control characters in config values as %%ddddd (a tab is %%00009). */
    static String unescape(final String v) {
        return java.util.regex.Pattern.compile("%%(\\d{5})").matcher(v)
                .replaceAll(r -> java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(r.group(1)))));
    }

    private static Config toConfig(final Element el, final Path file) {
        Map<String, Object> children = new LinkedHashMap<>();
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            String key = c.getAttribute("key");
            Object value;
            if ("entry".equals(c.getLocalName())) {
                boolean isNull = "true".equals(c.getAttribute("isnull"));
                value = new Entry(c.getAttribute("type"), isNull ? null : unescape(c.getAttribute("value")));
            } else if ("config".equals(c.getLocalName())) {
                value = toConfig(c, file);
            } else {
                throw new AssertionError(file + ": unexpected element " + c.getLocalName());
            }
            assertFalse(children.containsKey(key), file + ": duplicate key '" + key + "' in " + el.getAttribute("key"));
            children.put(key, value);
        }
        return new Config(el.getAttribute("key"), children);
    }

    // ---- set-up --------------------------------------------------------------------------------

    @BeforeAll
    static void locate() throws Exception {
        String p = System.getProperty("breastct.workflows.dir");
        root = p != null && !p.isBlank() ? Path.of(p) : Path.of("..", "workflows");
        assertTrue(Files.isDirectory(root), "workflows folder " + root.toAbsolutePath());
        registeredFactories = new HashSet<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document d = f.newDocumentBuilder().parse(Path.of("plugin.xml").toFile());
        var nodes = d.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            registeredFactories.add(((Element) nodes.item(i)).getAttribute("factory-class"));
        }
    }

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(w -> Files.isRegularFile(w.resolve("workflow.knime"))).sorted().toList();
        }
    }

    // ---- tests -----------------------------------------------------------------------------

    @Test
    void theRequiredWorkflowsExist() throws Exception {
        Set<String> names = workflows().stream().map(w -> w.getFileName().toString()).collect(Collectors.toSet());
        for (String r : REQUIRED) {
            assertTrue(names.contains(r), "workflow '" + r + "' in " + root + " (found " + names + ")");
        }
    }

    @Test
    void everyWorkflowIsConsistent() throws Exception {
        List<Path> all = workflows();
        assertFalse(all.isEmpty());
        for (Path wf : all) {
            checkWorkflow(wf);
        }
    }

    /** Ports of one node in one workflow: data inputs and outputs (index 0 is the flow-variable port). */
    private record Ports(int in, int out) {
    }

    private static void checkWorkflow(final Path wf) throws Exception {
        String w = wf.getFileName().toString();
        Config workflow = parse(wf.resolve("workflow.knime"));
        assertNotNull(workflow.string("version"), w + ": version");
        assertNotNull(workflow.string("created_by"), w + ": created_by");

        // workflow variables
        Map<String, String> variables = new HashMap<>();
        Config vars = workflow.config("workflow_variables");
        assertNotNull(vars, w + ": workflow variables");
        for (Object o : vars.children().values()) {
            Config v = (Config) o;
            String name = v.string("name");
            String cls = v.string("class");
            assertTrue(Set.of("STRING", "INTEGER", "DOUBLE").contains(cls), w + ": variable " + name + " class " + cls);
            Entry value = v.entry("value");
            assertNotNull(value, w + ": value of " + name);
            String expectedType = switch (cls) {
                case "STRING" -> "xstring";
                case "INTEGER" -> "xint";
                default -> "xdouble";
            };
            assertEquals(expectedType, value.type(), w + ": type of variable " + name);
            assertTrue(variables.put(name, cls) == null, w + ": duplicate variable " + name);
        }
        assertTrue(variables.containsKey("input_folder"), w + ": has the variable input_folder");

        // annotation explaining the workflow
        Config annotations = workflow.config("annotations");
        assertNotNull(annotations, w + ": workflow annotation");
        boolean explained = annotations.children().values().stream().map(o -> ((Config) o).string("text"))
                .anyMatch(text -> text != null && text.contains("WHAT TO CHANGE"));
        assertTrue(explained, w + ": an annotation explains what to change");

        // nodes
        Config nodes = workflow.config("nodes");
        assertNotNull(nodes, w + ": nodes");
        Map<Integer, Ports> ports = new HashMap<>();
        Set<String> settingsFiles = new HashSet<>();
        for (Object o : nodes.children().values()) {
            Config n = (Config) o;
            int id = n.integer("id");
            assertEquals("NativeNode", n.string("node_type"), w + ": node " + id);
            String file = n.string("node_settings_file");
            assertNotNull(file, w + ": node " + id + " settings file");
            assertTrue(file.endsWith(" (#" + id + ")/settings.xml"), w + ": " + file + " names the node id " + id);
            assertTrue(settingsFiles.add(file), w + ": " + file + " used twice");
            Path settings = wf.resolve(file);
            assertTrue(Files.isRegularFile(settings), w + ": " + file + " exists");
            Config ui = n.config("ui_settings");
            assertNotNull(ui == null ? null : ui.config("extrainfo.node.bounds"), w + ": node " + id + " bounds");
            Ports p = checkNode(w, wf, settings, parse(settings), variables.keySet());
            assertTrue(ports.put(id, p) == null, w + ": duplicate node id " + id);
        }
        assertFalse(ports.isEmpty(), w + ": has nodes");

        // connections
        Config connections = workflow.config("connections");
        assertNotNull(connections, w + ": connections");
        Set<String> usedInputs = new HashSet<>();
        for (Object o : connections.children().values()) {
            Config c = (Config) o;
            int src = c.integer("sourceID");
            int dst = c.integer("destID");
            int sp = c.integer("sourcePort");
            int dp = c.integer("destPort");
            String what = w + ": connection " + src + ":" + sp + " -> " + dst + ":" + dp;
            assertTrue(ports.containsKey(src), what + ": source node exists");
            assertTrue(ports.containsKey(dst), what + ": destination node exists");
            assertTrue(src != dst, what + ": no self loop");
            assertTrue(sp >= 0 && sp <= ports.get(src).out(), what + ": source port exists");
            assertTrue(dp >= 0 && dp <= ports.get(dst).in(), what + ": destination port exists");
            assertEquals(sp == 0, dp == 0, what + ": flow-variable ports (0) connect only to each other");
            if (dp > 0) {
                assertTrue(usedInputs.add(dst + ":" + dp), what + ": one connection per input port");
            }
        }
        // every data input is connected
        for (Map.Entry<Integer, Ports> e : ports.entrySet()) {
            for (int in = 1; in <= e.getValue().in(); in++) {
                assertTrue(usedInputs.contains(e.getKey() + ":" + in),
                        w + ": input port " + in + " of node " + e.getKey() + " is connected");
            }
        }
    }

    private static Ports checkNode(final String w, final Path wf, final Path file, final Config s,
            final Set<String> variables) throws Exception {
        String where = w + "/" + wf.relativize(file);
        String factory = s.string("factory");
        assertNotNull(factory, where + ": factory");
        Config model = s.config("model");
        assertNotNull(model, where + ": model");
        assertEquals("settings.xml", s.string("node_file"), where);
        assertNotNull(s.string("node-name"), where + ": node-name");
        assertNotNull(s.string("node-bundle-symbolic-name"), where + ": node-bundle-symbolic-name");
        String dirName = file.getParent().getFileName().toString();
        assertTrue(dirName.startsWith(s.string("node-name") + " (#"), where + ": folder named after the node");

        Ports ports;
        if (factory.startsWith(OUR_PREFIX)) {
            ports = checkOurNode(where, wf, factory, s, model);
        } else {
            Knime k = KNIME.get(factory);
            assertNotNull(k, where + ": KNIME factory " + factory + " is on the verified allow-list");
            assertEquals(k.modelKeys(), model.children().keySet(), where + ": model keys of " + factory);
            for (String chooser : List.of("file_chooser_settings", "output_location")) {
                Config fc = model.config(chooser);
                if (fc != null) {
                    assertEquals(FILE_CHOOSER_KEYS, fc.children().keySet(), where + ": " + chooser);
                    Config loc = fc.config("path");
                    assertEquals("true", loc.string("location_present"), where);
                    assertEquals("RELATIVE", loc.string("file_system_type"), where);
                    assertEquals("knime.workflow", loc.string("file_system_specifier"), where);
                }
            }
            ports = new Ports(k.in(), k.out());
        }
        Config outPorts = s.config("ports");
        assertNotNull(outPorts, where + ": ports");
        assertEquals(ports.out(), outPorts.children().size(), where + ": one ports entry per output");

        // flow-variable bindings: existing workflow variable, existing string setting
        Config vars = s.config("variables");
        if (vars != null) {
            assertEquals("V_2019_09_13", vars.string("version"), where + ": variables version");
            Config tree = vars.config("tree");
            assertNotNull(tree, where + ": variables tree");
            List<String> bound = new ArrayList<>();
            checkBindings(where, tree, model, variables, "", bound);
            assertFalse(bound.isEmpty(), where + ": a variables section binds something");
        }
        return ports;
    }

    private static void checkBindings(final String where, final Config tree, final Config model,
            final Set<String> variables, final String path, final List<String> bound) {
        if (tree.children().containsKey("used_variable")) {
            String var = tree.string("used_variable");
            assertTrue(tree.children().containsKey("exposed_variable"), where + ": " + path + " exposed_variable");
            if (var != null) {
                assertTrue(variables.contains(var), where + ": " + path + " uses workflow variable '" + var + "'");
                Entry target = resolveEntry(model, path);
                assertNotNull(target, where + ": bound setting " + path + " exists in the model");
                assertEquals("xstring", target.type(), where + ": " + path + " is a string setting");
                bound.add(path);
            }
            return;
        }
        for (Map.Entry<String, Object> e : tree.children().entrySet()) {
            assertTrue(e.getValue() instanceof Config, where + ": variables tree node " + path + "/" + e.getKey());
            checkBindings(where, (Config) e.getValue(), model, variables,
                    path.isEmpty() ? e.getKey() : path + "/" + e.getKey(), bound);
        }
    }

    private static Entry resolveEntry(final Config model, final String path) {
        String[] parts = path.split("/");
        Config c = model;
        for (int i = 0; i < parts.length - 1; i++) {
            c = c.config(parts[i]);
            if (c == null) {
                return null;
            }
        }
        return c.entry(parts[parts.length - 1]);
    }

    private static Ports checkOurNode(final String where, final Path wf, final String factory, final Config s,
            final Config model) throws Exception {
        assertTrue(registeredFactories.contains(factory), where + ": " + factory + " is registered in plugin.xml");
        Class<?> c = Class.forName(factory, false, WorkflowFilesTest.class.getClassLoader());
        assertEquals("org.breastct.knime", s.string("node-bundle-symbolic-name"), where);

        // name and ports from the node description
        String name;
        Ports ports;
        URL xml = c.getResource(c.getSimpleName() + ".xml");
        if (xml == null) {
            NodeInfo info = NodeInfos.info(c);
            name = info.name();
            // the ports a workflow of the Swing-era node has: the required tables (optional ports absent)
            ports = new Ports((int)info.inPorts().stream().filter(p -> p.kind() == NodeInfo.PortKind.TABLE).count(),
                    info.outPorts().size());
        } else {
            Document desc;
            try (InputStream in = xml.openStream()) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                desc = f.newDocumentBuilder().parse(in);
            }
            name = desc.getElementsByTagNameNS("*", "name").item(0).getTextContent().trim();
            ports = new Ports(desc.getElementsByTagNameNS("*", "inPort").getLength(),
                    desc.getElementsByTagNameNS("*", "outPort").getLength());
        }
        assertEquals(name, s.string("node-name"), where + ": node-name is the description's name");
        assertEquals(name, s.string("name"), where + ": name");

        // model keys, types and defaults from the settings class
        Ours o = OURS.get(factory.substring(OUR_PREFIX.length()));
        assertNotNull(o, where + ": test knows the settings class of " + factory);
        MapSettings defaults = new MapSettings();
        o.saveDefaults().apply(defaults);
        Map<String, String> expectedTypes = new LinkedHashMap<>();
        for (String k : defaults.values().keySet()) {
            expectedTypes.put(k, defaults.typeOf(k));
        }
        Map<String, String> actualTypes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : model.children().entrySet()) {
            assertTrue(e.getValue() instanceof Entry, where + ": model/" + e.getKey() + " is a plain entry");
            actualTypes.put(e.getKey(), ((Entry) e.getValue()).type());
        }
        assertEquals(new TreeSet<>(expectedTypes.keySet()), new TreeSet<>(actualTypes.keySet()),
                where + ": model keys are the keys " + factory + "'s settings class saves");
        assertEquals(new TreeMap<>(expectedTypes), new TreeMap<>(actualTypes), where + ": entry types");

        MapSettings saved = new MapSettings();
        for (Map.Entry<String, Object> e : model.children().entrySet()) {
            Entry en = (Entry) e.getValue();
            saved.with(e.getKey(), typed(where + ": " + e.getKey(), en));
            Object def = defaults.values().get(e.getKey());
            if (!o.mayDiffer().contains(e.getKey())) {
                assertEquals(def, saved.values().get(e.getKey()),
                        where + ": " + e.getKey() + " keeps the default (not a setting the workflow changes)");
            }
        }
        // the saved values are valid: the settings class loads them and saves them back unchanged
        Object loaded;
        try {
            loaded = o.load().apply(saved);
        } catch (IllegalArgumentException ex) {
            fail(where + ": settings do not load: " + ex.getMessage(), ex);
            return ports;
        }
        assertNotNull(loaded);
        return ports;
    }

    private static Object typed(final String what, final Entry e) {
        assertNotNull(e.value(), what + " is not null");
        return switch (e.type()) {
            case "xstring" -> e.value();
            case "xint" -> Integer.valueOf(e.value());
            case "xdouble" -> Double.valueOf(e.value());
            case "xboolean" -> {
                assertTrue(Set.of("true", "false").contains(e.value()), what + " boolean");
                yield Boolean.valueOf(e.value());
            }
            default -> throw new AssertionError(what + ": unexpected type " + e.type());
        };
    }

    @Test
    void sampleDataTheWorkflowsReadExists() throws Exception {
        for (Path wf : workflows()) {
            Config workflow = parse(wf.resolve("workflow.knime"));
            for (Object o : workflow.config("workflow_variables").children().values()) {
                Config v = (Config) o;
                String value = v.string("value");
                String name = v.string("name");
                if (value != null && value.startsWith("knime://knime.workflow/") && !name.startsWith("output")) {
                    Path p = wf.resolve(value.substring("knime://knime.workflow/".length())).normalize();
                    assertTrue(Files.exists(p), wf.getFileName() + ": " + name + " -> " + p + " exists");
                }
            }
        }
        try (Stream<Path> s = Files.walk(root.resolve("data"))) {
            long bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            assertTrue(bytes < 9_000_000L, "sample data stays small: " + bytes + " bytes");
        }
    }

    // ---- columns through the workflow -------------------------------------------------------

    /** Node of a parsed workflow: factory, model, and the sources of its data inputs (port -> node id). */
    private record WfNode(String factory, Config model, Map<Integer, Integer> inputs) {
    }

    /**
     * The output columns of a node, computed from its inputs as our nodes and KNIME's nodes build
     * them, checking on the way that every column a node is configured with exists in its input.
     */
    private static List<String> columns(final String w, final int id, final Map<Integer, WfNode> nodes,
            final Map<Integer, List<String>> memo) {
        List<String> known = memo.get(id);
        if (known != null) {
            return known;
        }
        WfNode n = nodes.get(id);
        String where = w + ": node " + id + " (" + n.factory().substring(n.factory().lastIndexOf('.') + 1) + ")";
        List<List<String>> in = new ArrayList<>();
        for (int port = 1; n.inputs().containsKey(port); port++) {
            in.add(columns(w, n.inputs().get(port), nodes, memo));
        }
        List<String> first = in.isEmpty() ? List.of() : in.get(0);
        MapSettings m = new MapSettings();
        for (Map.Entry<String, Object> e : n.model().children().entrySet()) {
            if (e.getValue() instanceof Entry en && en.value() != null) {
                m.with(e.getKey(), typed(where + " " + e.getKey(), en));
            }
        }
        List<String> out = new ArrayList<>(first);
        String f = n.factory();
        if (f.endsWith("DicomReaderNodeFactory")) {
            out = new ArrayList<>(DicomReaderColumns.ALL);
        } else if (f.endsWith("NpyReaderNodeFactory")) {
            NpyReaderSettings s = NpyReaderSettings.load(m);
            out = new ArrayList<>(List.of(NpyReaderSettings.ID_COLUMN, s.columnName(), NpyReaderSettings.PATH_COLUMN));
        } else if (f.endsWith("SegmenterNodeFactory")) {
            need(where, first, load(new SegmenterParameters(), m).imageColumn());
            out.add(SegmenterColumns.LABELS);
            out.add(SegmenterColumns.FOLD);
            out.addAll(SegmenterColumns.FLAGS);
            out.addAll(SegmenterColumns.TIMES);
            out.add(SegmenterColumns.NOTES);
        } else if (f.endsWith("RendererNodeFactory")) {
            RendererSettings s = load(new RendererParameters(), m);
            need(where, first, s.imageColumn());
            need(where, first, s.labelColumn());
            for (var plane : s.planes()) {
                out.add(RendererSettings.imageColumnName(plane));
                out.add(RendererSettings.segmentationColumnName(plane));
            }
        } else if (f.endsWith("GlandularityNodeFactory")) {
            GlandularitySettings s = load(new GlandularityParameters(), m);
            need(where, first, s.imageColumn());
            need(where, first, s.labelColumn());
            out.addAll(GlandularityColumns.names());
        } else if (f.endsWith("NpyWriterNodeFactory")) {
            NpyWriterSettings s = NpyWriterSettings.load(m);
            need(where, first, s.volumeColumn());
            out.add(s.pathColumn());
        } else if (f.endsWith("DicomWriterNodeFactory")) {
            DicomWriterSettings s = DicomWriterSettings.load(m);
            need(where, first, s.labelColumn());
            if (s.hasCylinderColumn()) {
                need(where, first, s.cylinderColumn());
            }
            out.add(DicomWriterSettings.PATH_COLUMN);
        } else if (f.endsWith("DataColumnSpecFilterNodeFactory")) {
            Config included = n.model().config("column-filter").config("included_names");
            int size = included.integer("array-size");
            assertEquals(size + 1, included.children().size(), where + ": array size of included_names");
            Set<String> keep = new HashSet<>();
            for (int i = 0; i < size; i++) {
                keep.add(need(where, first, included.string(Integer.toString(i))));
            }
            out.removeIf(c -> !keep.contains(c));
        } else if (f.endsWith("CrossJoinerNodeFactory")) {
            String suffix = n.model().string("rigthSuffix");
            for (String c : in.get(1)) {
                String name = c;
                while (out.contains(name)) {
                    name = name + suffix;
                }
                out.add(name);
            }
        } else if (f.endsWith("ImageWriterTableNodeFactory")) {
            need(where, first, n.model().string("image_column"));
        }
        for (String c : out) {
            assertTrue(out.indexOf(c) == out.lastIndexOf(c), where + ": column '" + c + "' appears once");
        }
        memo.put(id, out);
        return out;
    }

    private static String need(final String where, final List<String> in, final String column) {
        assertTrue(in.contains(column), where + ": column '" + column + "' is in its input " + in);
        return column;
    }

    @Test
    void configuredColumnsExistWhereTheNodesRun() throws Exception {
        for (Path wf : workflows()) {
            String w = wf.getFileName().toString();
            Config workflow = parse(wf.resolve("workflow.knime"));
            Map<Integer, WfNode> nodes = new HashMap<>();
            for (Object o : workflow.config("nodes").children().values()) {
                Config n = (Config) o;
                Config s = parse(wf.resolve(n.string("node_settings_file")));
                nodes.put(n.integer("id"), new WfNode(s.string("factory"), s.config("model"), new HashMap<>()));
            }
            for (Object o : workflow.config("connections").children().values()) {
                Config c = (Config) o;
                if (c.integer("destPort") > 0) {
                    nodes.get(c.integer("destID")).inputs().put(c.integer("destPort"), c.integer("sourceID"));
                }
            }
            Map<Integer, List<String>> memo = new HashMap<>();
            for (int id : nodes.keySet()) {
                columns(w, id, nodes, memo);
            }
            // the CSV files start with the breast id, as the scripts' files
            for (Map.Entry<Integer, WfNode> e : nodes.entrySet()) {
                if (e.getValue().factory().endsWith("CSVWriter2NodeFactory")) {
                    List<String> written = memo.get(e.getValue().inputs().get(1));
                    assertEquals("id", written.get(0), w + ": CSV Writer " + e.getKey() + " starts with id");
                    assertTrue(written.stream().noneMatch(c -> c.equals("image") || c.equals("labels")),
                            w + ": CSV Writer " + e.getKey() + " writes no volume columns: " + written);
                }
            }
        }
    }
}
