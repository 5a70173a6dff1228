package org.breastct.knime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Manifest;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.node.NodeFactory;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * plugin.xml and the node descriptions: every factory exists and is a NodeFactory, has no XML
 * description but a {@link NodeInfo} and a parameters class from which KNIME generates it (name,
 * every port described, a title and description for every parameter, texts valid by the v4.1
 * rules where KNIME puts them: {@link NodeDescriptionRules} in every build, and KNIME's schema when
 * available), and a 16x16 PNG icon; the category and the data type are registered. Classes are only
 * loaded, never initialised (the KNIME API here is a compile-only shim).
 */
class PluginDescriptorTest {

    private static final Path PLUGIN_XML = Path.of("plugin.xml");
    /**
     * KNIME's node description schema v4.1. It is KNIME's file, so it is not copied into this
     * repository: taken from the real org.knime.core on the class path (knime-p2 profile), else
     * from the file named by the system property {@code knime.node.xsd} (the pom points it at the
     * project's shared/knime-node-description.xsd), else null. The descriptions are always checked
     * against {@link NodeDescriptionRules} (our own statement of the format's rules), and against this
     * schema too where it is available.
     */
    private static URL schemaLocation() throws IOException {
        URL u = NodeFactory.class.getResource("Node_v4.1.xsd");
        if (u != null) {
            return u;
        }
        String p = System.getProperty("knime.node.xsd");
        if (p != null && !p.isBlank() && Files.isRegularFile(Path.of(p))) {
            return Path.of(p).toUri().toURL();
        }
        return null;
    }
    private static final String CATEGORY = "/community/breast-ct";

    /** Expected numbers of input and output ports per factory. */
    private static final List<Object[]> PORTS = List.of(
            new Object[]{"dicomreader.DicomReaderNodeFactory", 2, 1}, // optional File System port, optional table
            new Object[]{"npyreader.NpyReaderNodeFactory", 2, 1},
            new Object[]{"npywriter.NpyWriterNodeFactory", 2, 1}, // table, optional File System port
            new Object[]{"segmenter.SegmenterNodeFactory", 1, 1},
            new Object[]{"renderer.RendererNodeFactory", 1, 1},
            new Object[]{"glandularity.GlandularityNodeFactory", 1, 1},
            new Object[]{"dicomwriter.DicomWriterNodeFactory", 2, 1},
            new Object[]{"viewer.VolumeViewerNodeFactory", 1, 0});

    private static Document parse(final InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(in);
    }

    private static Class<?> load(final String name) throws ClassNotFoundException {
        return Class.forName(name, false, PluginDescriptorTest.class.getClassLoader());
    }

    private static List<Element> elements(final Document d, final String tag) {
        NodeList l = d.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    @Test
    void everyFactoryHasAValidDescriptionAndAnIcon() throws Exception {
        Document plugin;
        try (InputStream in = Files.newInputStream(PLUGIN_XML)) {
            plugin = parse(in);
        }
        URL schemaUrl = schemaLocation();
        Schema schema = schemaUrl == null ? null
                : SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schemaUrl);
        if (schema == null) {
            System.err.println("PluginDescriptorTest: KNIME's node schema v4.1 not found (no real org.knime.core, "
                    + "-Dknime.node.xsd not set or missing); descriptions are checked against NodeDescriptionRules");
        }
        List<Element> nodes = new ArrayList<>();
        for (Element e : elements(plugin, "node")) {
            if (e.hasAttribute("factory-class")) {
                nodes.add(e);
            }
        }
        assertEquals(PORTS.size(), nodes.size(), "number of nodes in plugin.xml");
        Set<String> names = new HashSet<>();
        for (Element node : nodes) {
            String factory = node.getAttribute("factory-class");
            assertEquals(CATEGORY, node.getAttribute("category-path"), factory);
            Class<?> c = load(factory);
            assertTrue(NodeFactory.class.isAssignableFrom(c), factory + " is a NodeFactory");
            assertTrue(Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(c.getModifiers()), factory);
            assertTrue(Modifier.isPublic(c.getConstructor().getModifiers()), factory + " has a public no-arg ctor");

            Object[] ports = PORTS.stream().filter(p -> factory.endsWith((String) p[0])).findFirst().orElseThrow();
            assertEquals(null, c.getResource(c.getSimpleName() + ".xml"),
                    factory + ": no XML description (KNIME generates it; an XML file would be ignored)");
            NodeInfo info = NodeInfos.info(c);
            assertTrue(names.add(info.name()), "unique node name " + info.name());
            checkGenerated(factory, c, info, schema, (int)ports[1], (int)ports[2]);
            String icon = info.icon();
            URL iconUrl = c.getResource(icon.startsWith("./") ? icon.substring(2) : icon);
            assertNotNull(iconUrl, factory + " icon " + icon);
            BufferedImage img;
            try (InputStream in = iconUrl.openStream()) {
                img = ImageIO.read(in);
            }
            assertNotNull(img, factory + " icon is a PNG");
            assertEquals(16, img.getWidth(), factory + " icon width");
            assertEquals(16, img.getHeight(), factory + " icon height");
        }
    }

    /**
     * A node whose description KNIME generates (WebUINodeConfiguration + parameters class): the
     * texts we supply are complete, and valid against the v4.1 schema where KNIME puts them
     * (intro, one option per parameter under its section tab, ports, keywords, links). KNIME's own
     * generator cannot run here (compile-only API), so the document is assembled by this test.
     */
    private static void checkGenerated(final String factory, final Class<?> c, final NodeInfo info,
            final Schema schema, final int in, final int out) throws Exception {
        assertFalse(info.name().isBlank(), factory + " name");
        assertFalse(info.shortDescription().isBlank(), factory + " short description");
        assertFalse(info.fullDescription().isBlank(), factory + " full description");
        assertEquals(in, info.inPorts().size(), factory + " inPorts");
        assertEquals(out, info.outPorts().size(), factory + " outPorts");
        for (NodeInfo.Port p : info.inPorts()) {
            assertFalse(p.name().isBlank() || p.description().isBlank(), factory + " inPort described");
        }
        for (NodeInfo.Port p : info.outPorts()) {
            assertFalse(p.name().isBlank() || p.description().isBlank(), factory + " outPort described");
        }
        Class<?> parameters = NodeInfos.parameters(c);
        assertNotNull(parameters.getAnnotation(LoadDefaultsForAbsentFields.class),
                parameters + ": old settings without a key load the default");
        Map<String, List<String[]>> tabs = new LinkedHashMap<>();
        for (Field f : parameters.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Widget w = f.getAnnotation(Widget.class);
            assertNotNull(w, f + " has a @Widget (title and description for dialog and node description)");
            assertFalse(w.title().isBlank(), f + " title");
            assertTrue(w.description().length() > 20, f + " has a real description");
            Layout l = f.getAnnotation(Layout.class);
            assertNotNull(l, f + " is in a section");
            Section section = l.value().getAnnotation(Section.class);
            assertNotNull(section, f + ": layout " + l.value() + " is a @Section");
            assertFalse(section.title().isBlank(), l.value() + " section title");
            if (f.getName().endsWith("Column")) {
                assertNotNull(f.getAnnotation(ChoicesProvider.class), f + ": column choices are restricted");
            }
            tabs.computeIfAbsent(section.title(), k -> new ArrayList<>()).add(new String[]{w.title(), w.description()});
        }
        StringBuilder x = new StringBuilder("<knimeNode xmlns=\"http://knime.org/node/v4.1\" icon=\"")
                .append(info.icon()).append("\" type=\"Manipulator\"><name>").append(info.name()).append("</name>")
                .append("<shortDescription>").append(info.shortDescription()).append("</shortDescription>")
                .append("<fullDescription><intro>").append(info.fullDescription()).append("</intro>");
        for (Map.Entry<String, List<String[]>> t : tabs.entrySet()) {
            x.append("<tab name=\"").append(t.getKey()).append("\">");
            for (String[] o : t.getValue()) {
                x.append("<option name=\"").append(o[0]).append("\">").append(o[1]).append("</option>");
            }
            x.append("</tab>");
        }
        for (NodeInfo.Link link : info.links()) {
            x.append("<link href=\"").append(link.href()).append("\">").append(link.text()).append("</link>");
        }
        x.append("</fullDescription><ports>");
        for (int i = 0; i < info.inPorts().size(); i++) {
            NodeInfo.Port p = info.inPorts().get(i);
            x.append("<inPort index=\"").append(i).append("\" name=\"").append(p.name()).append("\">")
                    .append(p.description()).append("</inPort>");
        }
        for (int i = 0; i < info.outPorts().size(); i++) {
            NodeInfo.Port p = info.outPorts().get(i);
            x.append("<outPort index=\"").append(i).append("\" name=\"").append(p.name()).append("\">")
                    .append(p.description()).append("</outPort>");
        }
        x.append("</ports><keywords>");
        for (String k : info.keywords()) {
            x.append("<keyword>").append(k).append("</keyword>");
        }
        x.append("</keywords></knimeNode>");
        String doc = x.toString();
        Document parsed = null;
        try {
            parsed = parse(new java.io.ByteArrayInputStream(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (org.xml.sax.SAXException e) {
            fail(factory + ": description texts are not well-formed XHTML: " + e.getMessage());
        }
        List<String> problems = NodeDescriptionRules.check(parsed.getDocumentElement());
        assertTrue(problems.isEmpty(), factory + ": description texts break the v4.1 rules where KNIME puts them:\n"
                + String.join("\n", problems));
        if (schema != null) {
            try {
                schema.newValidator().validate(new StreamSource(new java.io.StringReader(doc)));
            } catch (org.xml.sax.SAXException e) {
                fail(factory + ": description texts invalid against v4.1 where KNIME puts them: " + e.getMessage());
            }
        }
    }

    @Test
    void categoryAndDataTypeAreRegistered() throws Exception {
        Document plugin;
        try (InputStream in = Files.newInputStream(PLUGIN_XML)) {
            plugin = parse(in);
        }
        Element cat = elements(plugin, "category").get(0);
        assertEquals("/community", cat.getAttribute("path"));
        assertEquals("breast-ct", cat.getAttribute("level-id"));
        assertTrue(Files.isRegularFile(Path.of(cat.getAttribute("icon"))), "category icon");

        Element type = elements(plugin, "DataType").get(0);
        Class<?> cell = load(type.getAttribute("cellClass"));
        assertTrue(DataCell.class.isAssignableFrom(cell));
        Element ser = elements(plugin, "serializer").get(0);
        assertEquals(type.getAttribute("cellClass"), ser.getAttribute("cellClass"));
        Class<?> s = load(ser.getAttribute("serializerClass"));
        assertTrue(DataCellSerializer.class.isAssignableFrom(s));
        assertTrue(Modifier.isPublic(s.getConstructor().getModifiers()), "serializer has a public no-arg ctor");
        assertTrue(Modifier.isStatic(s.getModifiers()), "serializer is a static nested class");
    }

    @Test
    void manifestAndBuildProperties() throws IOException {
        Manifest m;
        try (InputStream in = Files.newInputStream(Path.of("META-INF/MANIFEST.MF"))) {
            m = new Manifest(in);
        }
        String require = m.getMainAttributes().getValue("Require-Bundle");
        // lower bounds = the bundles' versions in the KNIME 5.8.0 release (filehandling.core is 5.6.0 there)
        assertTrue(require.contains("org.knime.core;bundle-version=\"[5.8.0,6.0.0)\""), require);
        assertTrue(require.contains("org.knime.core.ui;bundle-version=\"[5.8.0,6.0.0)\""), require);
        assertTrue(require.contains("org.knime.filehandling.core;bundle-version=\"[5.6.0,6.0.0)\""), require);
        assertTrue(require.contains("org.breastct.engine"), require);
        assertEquals("JavaSE-17", m.getMainAttributes().getValue("Bundle-RequiredExecutionEnvironment"));
        assertTrue(m.getMainAttributes().getValue("Bundle-SymbolicName").contains("singleton:=true"));
        String build = Files.readString(Path.of("build.properties"));
        assertTrue(build.contains("plugin.xml") && build.contains("icons/") && build.contains("META-INF/"), build);
    }
}
