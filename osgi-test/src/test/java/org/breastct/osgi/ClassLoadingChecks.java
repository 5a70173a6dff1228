package org.breastct.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.osgi.framework.Bundle;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks that classes load through a resolved bundle's class loader, i.e. that the bundle's manifest
 * (imports, required bundles, Bundle-ClassPath) and content provide everything they need. Each check returns
 * one line per problem, naming the class and the cause; an empty list means it passed.
 */
final class ClassLoadingChecks {

    /** The KNIME base class every {@code factory-class} of a node must extend. */
    static final String NODE_FACTORY = "org.knime.core.node.NodeFactory";

    private ClassLoadingChecks() {
    }

    /**
     * The classes {@code plugin.xml} (read from the bundle itself) names: the value of every attribute whose
     * name ends in "class" (case-insensitive: {@code factory-class}, {@code cellClass}, {@code serializerClass},
     * {@code class}, ...), by element and attribute ({@code node@factory-class -> a.b.C}), in document order.
     */
    static Map<String, String> classesNamedInPluginXml(final Bundle plugin) throws IOException {
        Document doc = pluginXml(plugin);
        Map<String, String> named = new LinkedHashMap<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            NamedNodeMap attrs = e.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                Attr attr = (Attr) attrs.item(a);
                if (attr.getName().toLowerCase(java.util.Locale.ROOT).endsWith("class")) {
                    named.put(e.getTagName() + "@" + attr.getName() + " -> " + attr.getValue(), attr.getValue());
                }
            }
        }
        return named;
    }

    /** The {@code factory-class} of every {@code node} element of {@code plugin.xml}, in document order. */
    static List<String> nodeFactories(final Bundle plugin) throws IOException {
        NodeList nodes = pluginXml(plugin).getElementsByTagName("node");
        List<String> factories = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            factories.add(((Element) nodes.item(i)).getAttribute("factory-class"));
        }
        return factories;
    }

    /**
     * Every class {@code plugin.xml} names loads through {@code plugin} with the types of all its members, every
     * node factory extends {@link #NODE_FACTORY} as {@code plugin} sees it, and every node's {@code after} names
     * another node's factory.
     */
    static List<String> pluginXmlClassesLoad(final Bundle plugin) throws IOException {
        List<String> problems = new ArrayList<>();
        Class<?> nodeFactory = null;
        try {
            nodeFactory = plugin.loadClass(NODE_FACTORY);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(Equinox.name(plugin) + " cannot load " + NODE_FACTORY + ": " + e);
        }
        List<String> factories = nodeFactories(plugin);
        for (Map.Entry<String, String> named : classesNamedInPluginXml(plugin).entrySet()) {
            String where = "plugin.xml " + named.getKey();
            Class<?> c = loadWithMembers(plugin, named.getValue(), where, problems);
            if (c != null && nodeFactory != null && named.getKey().startsWith("node@factory-class ")
                    && !(nodeFactory.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()))) {
                problems.add(where + ": not a concrete subclass of " + NODE_FACTORY);
            }
        }
        NodeList nodes = pluginXml(plugin).getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            String after = ((Element) nodes.item(i)).getAttribute("after");
            if (!after.isEmpty() && !factories.contains(after)) {
                problems.add("plugin.xml node " + factories.get(i) + ": after=\"" + after
                        + "\" is not the factory-class of a node in plugin.xml");
            }
        }
        return problems;
    }

    /**
     * The packages starting with {@code prefix} of the classes that the classes of {@code bundle} under
     * {@code packagePath} refer to ({@link ClassReferences}), sorted.
     */
    static TreeSet<String> referencedPackages(final Bundle bundle, final String packagePath, final String prefix)
            throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        Enumeration<URL> entries = bundle.findEntries(packagePath, "*.class", true);
        if (entries == null || !entries.hasMoreElements()) {
            throw new AssertionError(Equinox.name(bundle) + " holds no class under " + packagePath);
        }
        while (entries.hasMoreElements()) {
            try (InputStream in = entries.nextElement().openStream()) {
                for (String ref : ClassReferences.of(in.readAllBytes())) {
                    if (ref.startsWith(prefix) && ref.lastIndexOf('.') > 0) {
                        packages.add(ref.substring(0, ref.lastIndexOf('.')));
                    }
                }
            }
        }
        return packages;
    }

    /**
     * Every class of the bundle's own packages under {@code packagePath} (e.g. {@code org/breastct}) loads
     * through the bundle with the types of all its members, and so does every class it refers to
     * ({@link ClassReferences}): a package the code uses but the manifest does not provide, or an embedded jar
     * missing from the bundle, shows here as the class that does not load and the class that refers to it.
     *
     * @return the problems; fails if the bundle holds no class under {@code packagePath}
     */
    static List<String> ownClassesAndTheirReferencesLoad(final Bundle bundle, final String packagePath)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> referrers = new LinkedHashMap<>();
        Enumeration<URL> entries = bundle.findEntries(packagePath, "*.class", true);
        if (entries == null || !entries.hasMoreElements()) {
            throw new AssertionError(Equinox.name(bundle) + " holds no class under " + packagePath);
        }
        while (entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            byte[] bytes;
            try (InputStream in = entry.openStream()) {
                bytes = in.readAllBytes();
            }
            String path = entry.getPath().substring(entry.getPath().indexOf(packagePath));
            String self = path.substring(0, path.length() - ".class".length()).replace('/', '.');
            referrers.computeIfAbsent(self, k -> new TreeSet<>());
            for (String ref : ClassReferences.of(bytes)) {
                referrers.computeIfAbsent(ref, k -> new TreeSet<>()).add(self);
            }
        }
        for (Map.Entry<String, Set<String>> c : referrers.entrySet()) {
            String where = c.getValue().isEmpty() ? Equinox.name(bundle) + " class " + c.getKey()
                    : Equinox.name(bundle) + " class " + c.getKey() + " (used by " + c.getValue() + ")";
            loadWithMembers(bundle, c.getKey(), where, problems);
        }
        return problems;
    }

    /**
     * Loads {@code name} through {@code bundle} without initialising it, then the types of its fields,
     * methods and constructors (reflection resolves them); adds a problem and returns null on failure.
     */
    private static Class<?> loadWithMembers(final Bundle bundle, final String name, final String where,
            final List<String> problems) {
        try {
            Class<?> c = bundle.loadClass(name);
            c.getDeclaredFields();
            c.getDeclaredMethods();
            c.getDeclaredConstructors();
            return c;
        } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
            problems.add(where + ": does not load through " + Equinox.name(bundle) + ": " + e);
            return null;
        }
    }

    private static Document pluginXml(final Bundle plugin) throws IOException {
        URL url = plugin.getEntry("plugin.xml");
        if (url == null) {
            throw new AssertionError(Equinox.name(plugin) + " holds no plugin.xml");
        }
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("plugin.xml of " + Equinox.name(plugin) + ": " + e.getMessage(), e);
        }
    }
}
