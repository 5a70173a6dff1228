package org.breastct.knime.updatesite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * The installable update-site zip (Help > Install New Software > Add > Archive) holds the nodes,
 * the engine, the feature and the category; never the compile-only KNIME API shim (bundle org.knime.core)
 * and no third-party bundle KNIME 5.8 already ships (the feature requires commons-csv instead).
 * Runs in the verify phase, after the zip is built.
 */
class UpdateSiteZipTest {

    private static Path zip() {
        String p = System.getProperty("updatesite.zip");
        assertTrue(p != null && !p.isEmpty(), "system property updatesite.zip");
        Path z = Path.of(p);
        assertTrue(Files.isRegularFile(z), "update-site zip " + z + " exists");
        return z;
    }

    private static String bundleName(final String entry) {
        String f = entry.substring(entry.indexOf('/') + 1);
        return f.substring(0, f.lastIndexOf('_'));
    }

    private static byte[] read(final ZipFile z, final String name) throws IOException {
        ZipEntry e = z.getEntry(name);
        assertTrue(e != null, name + " in the zip");
        try (InputStream in = z.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    @Test
    void holdsPluginEngineFeatureAndCategoryButNotTheShim() throws IOException {
        try (ZipFile z = new ZipFile(zip().toFile())) {
            TreeSet<String> plugins = new TreeSet<>();
            TreeSet<String> features = new TreeSet<>();
            List<String> all = new ArrayList<>();
            z.stream().forEach(e -> {
                all.add(e.getName());
                if (!e.isDirectory() && e.getName().startsWith("plugins/")) {
                    plugins.add(bundleName(e.getName()));
                }
                if (!e.isDirectory() && e.getName().startsWith("features/")) {
                    features.add(bundleName(e.getName()));
                }
            });
            // commons-csv and what it needs come from KNIME 5.8 (the feature requires them): never a second copy
            assertEquals(new TreeSet<>(List.of("org.breastct.engine", "org.breastct.knime")), plugins,
                    "bundles in the zip " + all);
            assertEquals(new TreeSet<>(List.of("org.breastct.knime.feature")), features);
            assertFalse(all.stream().anyMatch(n -> n.contains("org.knime.core")), "no org.knime.core in " + all);

            String content = contentXml(z);
            assertTrue(content.contains("org.eclipse.equinox.p2.type.category"), "a category unit");
            assertTrue(content.contains("Breast CT Segmentation"), "the category label");
            assertTrue(content.contains("org.breastct.knime.feature.feature.group"), "the feature group");
            assertFalse(content.contains("unit id='org.knime.core'"), "the shim is not a unit");
            assertTrue(content.contains("name='org.apache.commons.commons-csv' range='[1.11.0,2.0.0)'"),
                    "the feature requires commons-csv in the range KNIME 5.8's org.knime.core.ui requires");

            String pluginJar = all.stream().filter(n -> n.startsWith("plugins/org.breastct.knime_")).findFirst()
                    .orElseThrow();
            List<String> jarEntries = new ArrayList<>();
            Manifest mf;
            try (JarInputStream j = new JarInputStream(new ByteArrayInputStream(read(z, pluginJar)))) {
                mf = j.getManifest();
                for (ZipEntry e = j.getNextEntry(); e != null; e = j.getNextEntry()) {
                    jarEntries.add(e.getName());
                }
            }
            assertTrue(jarEntries.contains("plugin.xml"), "plugin.xml in the plugin jar");
            assertTrue(jarEntries.contains("icons/category.png"), "category icon in the plugin jar");
            assertEquals(7, jarEntries.stream().filter(n -> n.endsWith("NodeFactory.xml")).count(),
                    "node descriptions in " + jarEntries);
            assertFalse(jarEntries.stream().anyMatch(n -> n.endsWith("Test.class") || n.startsWith("test/")),
                    "no tests in the plugin jar");
            String require = mf.getMainAttributes().getValue("Require-Bundle");
            assertTrue(require.replace("\r\n ", "").contains("org.knime.core;bundle-version=\"[5.8.0,6.0.0)\""),
                    require);
        }
    }

    private static String contentXml(final ZipFile z) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(read(z, "content.jar")))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("content.xml in content.jar");
    }
}
