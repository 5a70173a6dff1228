package org.breastct.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The engine and plugin bundles as built resolve in Equinox against the third-party bundles KNIME 5.8 ships
 * (commons-csv, commons-io, commons-codec at the versions of the root pom's "KNIME 5.8 ships" properties) and
 * the knime-shim bundles standing in for org.knime.core, org.knime.core.util (which org.knime.core re-exports),
 * org.knime.core.ui and org.knime.filehandling.core (same symbolic names and versions as in KNIME 5.8.0), with
 * nothing else installed; every class plugin.xml names, and every class our bundles' code refers to, loads
 * through the bundle class loaders.
 * <p>
 * The variants below break one thing in a copy of a jar each and expect the check to name it, so a green run
 * means the check would have seen that kind of packaging error.
 */
class BundlesResolveTest {

    private static final String ENGINE = "org.breastct.engine";
    private static final String PLUGIN = "org.breastct.knime";
    private static final String CSV = "org.apache.commons.commons-csv";

    @TempDir
    Path tmp;

    /**
     * The jars, by the system property the pom sets (see pom.xml); fails if one is missing, or if one of ours
     * is not the one this build made (a snapshot from the local repository, when the module runs alone).
     */
    private static Map<String, Path> bundles() {
        String root = System.getProperty("reactor.root");
        assertTrue(root != null && !root.isEmpty(), "system property reactor.root (set by osgi-test/pom.xml)");
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String p : List.of("knime.core.util", "knime.core", "knime.filehandling.core", "knime.core.ui",
                "commons.io", "commons.codec", "commons.csv", "engine", "plugin")) {
            String value = System.getProperty("bundle." + p);
            assertTrue(value != null && !value.isEmpty() && !value.contains("${"),
                    "system property bundle." + p + " (set by osgi-test/pom.xml) is " + value);
            Path jar = Path.of(value).toAbsolutePath().normalize();
            assertTrue(Files.isRegularFile(jar) && jar.toString().endsWith(".jar"),
                    "bundle." + p + ": no jar at " + jar + " (build the reactor first: ./mvnw verify)");
            if (!p.startsWith("commons.")) {
                assertTrue(jar.startsWith(Path.of(root).toAbsolutePath().normalize()), "bundle." + p + ": " + jar
                        + " is not a jar this build made under " + root + " (run the reactor: ./mvnw verify)");
            }
            jars.put(p, jar);
        }
        return jars;
    }

    private Equinox start(final Map<String, Path> jars) throws Exception {
        Path storage = Files.createTempDirectory(tmp, "osgi");
        return Equinox.start(storage, new ArrayList<>(jars.values()));
    }

    /** All problems: resolution, then (only if everything resolved) class loading. */
    private static List<String> problems(final Equinox osgi) throws Exception {
        List<String> problems = osgi.resolutionProblems();
        if (problems.isEmpty()) {
            problems.addAll(ClassLoadingChecks.pluginXmlClassesLoad(osgi.bundle(PLUGIN)));
            problems.addAll(ClassLoadingChecks.ownClassesAndTheirReferencesLoad(osgi.bundle(ENGINE), "org/breastct"));
            problems.addAll(ClassLoadingChecks.ownClassesAndTheirReferencesLoad(osgi.bundle(PLUGIN), "org/breastct"));
        }
        return problems;
    }

    private static String lines(final List<String> problems) {
        return problems.stream().collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }

    @Test
    void everyBundleResolvesAndEveryClassLoadsWithWhatKnimeProvides() throws Exception {
        Map<String, Path> jars = bundles();
        try (Equinox osgi = start(jars)) {
            List<String> problems = problems(osgi);
            assertTrue(problems.isEmpty(), "OSGi problems:" + lines(problems));

            for (String bsn : List.of(ENGINE, PLUGIN, CSV, "org.knime.core.util", "org.knime.core",
                    "org.knime.core.ui", "org.knime.filehandling.core")) {
                // RESOLVED, or STARTING/ACTIVE once a lazy bundle has loaded a class
                assertEquals(0, osgi.bundle(bsn).getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED), bsn + " is resolved");
            }
            // the stand-ins carry the real bundles' versions at tag analytics-platform/5.8.0 (KNIME 5.8's lowest)
            assertEquals(Version.parseVersion("5.8.0"), osgi.bundle("org.knime.core").getVersion());
            assertEquals(Version.parseVersion("6.8.0"), osgi.bundle("org.knime.core.util").getVersion());
            assertEquals(Version.parseVersion("5.8.0"), osgi.bundle("org.knime.core.ui").getVersion());
            assertEquals(Version.parseVersion("5.6.0"), osgi.bundle("org.knime.filehandling.core").getVersion());
            // org.knime.core.node is split as in KNIME: the plugin requires only org.knime.core and gets
            // InvalidSettingsException from org.knime.core.util through org.knime.core's re-export
            Class<?> invalidSettings = osgi.bundle(PLUGIN).loadClass("org.knime.core.node.InvalidSettingsException");
            assertEquals(osgi.bundle("org.knime.core.util"), FrameworkUtil.getBundle(invalidSettings));
            assertEquals(osgi.bundle("org.knime.core"),
                    FrameworkUtil.getBundle(osgi.bundle(PLUGIN).loadClass("org.knime.core.node.NodeModel")));
            // the engine wires to the commons-csv installed as KNIME's, not to a copy of its own
            Bundle csvProvider = osgi.packageProvider(osgi.bundle(ENGINE), "org.apache.commons.csv");
            assertNotNull(csvProvider, "org.apache.commons.csv is wired for the engine");
            assertEquals(osgi.bundle(CSV), csvProvider);
            assertEquals(Version.parseVersion(System.getProperty("commons-csv.version")), csvProvider.getVersion(),
                    "the engine uses the commons-csv version KNIME 5.8 ships");

            List<String> factories = ClassLoadingChecks.nodeFactories(osgi.bundle(PLUGIN));
            assertFalse(factories.isEmpty(), "plugin.xml names node factories");
            System.out.println("loaded through " + Equinox.name(osgi.bundle(PLUGIN)) + ": "
                    + ClassLoadingChecks.classesNamedInPluginXml(osgi.bundle(PLUGIN)).keySet());
            System.out.println("optional imports of the engine nothing provides (PixelMed's optional features): "
                    + osgi.unwiredOptionalImports(osgi.bundle(ENGINE)));
        }
    }

    /**
     * The engine exports exactly the packages the plugin (its one OSGi caller) uses and the packages their
     * public signatures use (the {@code uses} of those exports); the rest (imaging, io.csv) is private.
     */
    @Test
    void theEngineExportsOnlyWhatThePluginUses() throws Exception {
        try (Equinox osgi = start(bundles())) {
            assertTrue(osgi.resolutionProblems().isEmpty(), "OSGi problems:" + lines(osgi.resolutionProblems()));
            TreeSet<String> exported = new TreeSet<>();
            Map<String, String> uses = new LinkedHashMap<>();
            for (BundleCapability c : osgi.bundle(ENGINE).adapt(BundleRevision.class)
                    .getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
                String pkg = (String) c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE);
                exported.add(pkg);
                uses.put(pkg, c.getDirectives().getOrDefault("uses", ""));
            }
            TreeSet<String> used = ClassLoadingChecks.referencedPackages(osgi.bundle(PLUGIN), "org/breastct",
                    "org.breastct.");
            used.removeIf(p -> p.startsWith("org.breastct.knime"));
            TreeSet<String> needed = new TreeSet<>(used);
            for (String p : used) {
                for (String u : uses.getOrDefault(p, "").split(",")) {
                    if (!u.isBlank()) {
                        needed.add(u.trim());
                    }
                }
            }
            assertTrue(exported.containsAll(used), "the plugin uses " + used + ", the engine exports " + exported);
            assertEquals(needed, exported, "engine exports vs what the plugin uses (+ their uses)");
            assertFalse(exported.contains("org.breastct.imaging"), "imaging is private to the engine");
        }
    }

    // ---- variants: each breaks one thing and expects the problem named --------------------------------------

    private List<String> problemsWith(final Map<String, Path> jars) throws Exception {
        try (Equinox osgi = start(jars)) {
            return problems(osgi);
        }
    }

    private static void assertNamed(final List<String> problems, final String... expected) {
        assertFalse(problems.isEmpty(), "the broken bundle set passed the check");
        String all = String.join("\n", problems);
        for (String e : expected) {
            assertTrue(all.contains(e), "problems name " + e + ":" + lines(problems));
        }
    }

    @Test
    void withoutCommonsCsvTheEngineDoesNotResolveAndTheImportIsNamed() throws Exception {
        Map<String, Path> jars = bundles();
        jars.remove("commons.csv");
        List<String> problems = problemsWith(jars);
        assertNamed(problems, ENGINE + " ", "Import-Package (&(osgi.wiring.package=org.apache.commons.csv)",
                "no bundle provides it", PLUGIN + " ", "Require-Bundle (osgi.wiring.bundle=" + ENGINE + ")",
                "provided only by the unresolved " + ENGINE);
    }

    @Test
    void withoutTheFileHandlingBundleThePluginDoesNotResolveAndTheBundleIsNamed() throws Exception {
        Map<String, Path> jars = bundles();
        jars.remove("knime.filehandling.core");
        assertNamed(problemsWith(jars), PLUGIN + " ", "Require-Bundle (&(osgi.wiring.bundle=org.knime.filehandling.core)");
    }

    @Test
    void anEngineCompiledAgainstANewerCommonsCsvThanKnimeShipsIsCaught() throws Exception {
        Map<String, Path> jars = bundles();
        jars.put("engine", JarCopy.copy(jars.get("engine"), tmp.resolve("engine-csv-1.14.jar"),
                JarCopy.replaceInHeader("Import-Package", "org\\.apache\\.commons\\.csv;version=\"[^\"]*\"",
                        "org.apache.commons.csv;version=\"[1.14,2)\""),
                (name, bytes) -> bytes));
        assertNamed(problemsWith(jars), ENGINE + " ", "osgi.wiring.package=org.apache.commons.csv", "version>=1.14.0");
    }

    @Test
    void anEngineWithoutItsEmbeddedPixelMedResolvesButItsDicomClassesDoNotLoad() throws Exception {
        Map<String, Path> jars = bundles();
        jars.put("engine", JarCopy.copy(jars.get("engine"), tmp.resolve("engine-no-pixelmed.jar"), attrs -> { },
                (name, bytes) -> name.equals("lib/pixelmed.jar") ? null : bytes));
        assertNamed(problemsWith(jars), "com.pixelmed.", "does not load through " + ENGINE);
    }

    @Test
    void aPluginThatDoesNotRequireTheEngineIsCaughtByItsClasses() throws Exception {
        Map<String, Path> jars = bundles();
        jars.put("plugin", JarCopy.copy(jars.get("plugin"), tmp.resolve("plugin-no-engine.jar"),
                JarCopy.replaceInHeader("Require-Bundle", ",\\s*" + ENGINE.replace(".", "\\.") + "(;[^,]*)?", ""),
                (name, bytes) -> bytes));
        assertNamed(problemsWith(jars), "(used by [org.breastct.knime", "does not load through " + PLUGIN);
    }

    @Test
    void aNodeFactoryNamedInPluginXmlThatDoesNotExistIsNamed() throws Exception {
        Map<String, Path> jars = bundles();
        String factory;
        try (Equinox osgi = start(jars)) {
            factory = ClassLoadingChecks.nodeFactories(osgi.bundle(PLUGIN)).get(0);
        }
        String missing = factory + "Missing";
        UnaryOperator<String> rename = xml -> xml.replace("factory-class=\"" + factory + "\"",
                "factory-class=\"" + missing + "\"");
        jars.put("plugin", JarCopy.copy(jars.get("plugin"), tmp.resolve("plugin-bad-xml.jar"), attrs -> { },
                (name, bytes) -> name.equals("plugin.xml")
                        ? rename.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                        : bytes));
        assertNamed(problemsWith(jars), "plugin.xml node@factory-class -> " + missing,
                "ClassNotFoundException: " + missing);
    }
}
