package org.breastct.knime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.breastct.knime.node.dicomwriter.DicomWriterParameters;
import org.breastct.knime.node.dicomwriter.DicomWriterSettings;
import org.breastct.knime.node.npywriter.NpyWriterSettings;
import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.EnumKeys;
import org.breastct.knime.parameters.LegacyPaths;
import org.breastct.knime.parameters.LegacySettings;
import org.breastct.knime.parameters.LegacySettings.FieldKey;
import org.breastct.knime.parameters.LegacySettings.Kind;
import org.breastct.knime.util.OverwritePolicy;
import org.junit.jupiter.api.Test;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Workflows saved with version 1.0 of the nodes (Swing dialogs) load into the new parameters: the
 * fixtures in {@code src/test/resources/old-settings} are the model settings and flow-variable
 * bindings of every node of ours in the example workflows as they were saved then. For each:
 * every old key is read by exactly one field (same key and entry type, or the old string key of a
 * migrated file location), every field is either read or new and then takes its default
 * ({@code @LoadDefaultsForAbsentFields}), the loaded values validate, and every flow-variable binding
 * names a key the parameters still read (so the variable keeps applying). KNIME's own loader cannot
 * run here (compile-only API); {@link LegacySettings} loads as it does for the field kinds we use.
 */
class OldSettingsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/old-settings");

    /** Settings that are new since the web dialogs (absent from every old workflow: their defaults load). */
    private static final Set<String> NEW_KEYS = Set.of("path_column", "create_missing_folders", "draw_cylinder",
            "method", "any_modality", "stored_offset", "hu_check",
            "fold_column");

    private record Fixture(String name, String factory, Map<String, Object> model, List<String> boundKeys) {
    }

    private static Fixture read(final Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d;
        try (InputStream in = Files.newInputStream(file)) {
            d = f.newDocumentBuilder().parse(in);
        }
        String factory = null;
        Map<String, Object> model = new LinkedHashMap<>();
        List<String> bound = new ArrayList<>();
        for (Element c : children(d.getDocumentElement())) {
            String key = c.getAttribute("key");
            if (c.getLocalName().equals("entry") && key.equals("factory")) {
                factory = c.getAttribute("value");
            } else if (key.equals("model")) {
                for (Element e : children(c)) {
                    assertEquals("entry", e.getLocalName(), file + ": flat model settings");
                    String v = e.getAttribute("value");
                    model.put(e.getAttribute("key"), switch (e.getAttribute("type")) {
                        case "xstring" -> v;
                        case "xint" -> Integer.valueOf(v);
                        case "xdouble" -> Double.valueOf(v);
                        case "xboolean" -> Boolean.valueOf(v);
                        default -> throw new AssertionError(file + ": type " + e.getAttribute("type"));
                    });
                }
            } else if (key.equals("variables")) {
                for (Element tree : children(c)) {
                    if (tree.getAttribute("key").equals("tree")) {
                        for (Element b : children(tree)) {
                            bound.add(b.getAttribute("key"));
                        }
                    }
                }
            }
        }
        assertNotNull(factory, file + ": factory");
        return new Fixture(file.getFileName().toString(), factory, model, bound);
    }

    private static List<Element> children(final Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Fixture> fixtures() throws Exception {
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(FIXTURES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                out.add(read(p));
            }
        }
        assertEquals(11, out.size(), "the nodes of ours in the three example workflows");
        return out;
    }

    /** The parameters of {@code factory} with their defaults. */
    @SuppressWarnings("unchecked")
    private static BreastCtParameters<?> defaults(final String factory) throws Exception {
        Class<?> fc = Class.forName(factory, false, OldSettingsTest.class.getClassLoader());
        Class<?> pc = NodeInfos.parameters(fc);
        Class<?> sc = Class.forName(pc.getName().replace("Parameters", "Settings"));
        Record d = (Record)sc.getField("DEFAULTS").get(null);
        return LegacySettings.defaults((Class<BreastCtParameters<?>>)pc, d);
    }

    @Test
    void everyOldKeyLoadsIntoOneFieldAndTheValuesValidate() throws Exception {
        Set<String> factories = new HashSet<>();
        for (Fixture fx : fixtures()) {
            factories.add(fx.factory());
            BreastCtParameters<?> p = defaults(fx.factory());
            assertNotNull(p.getClass().getAnnotation(LoadDefaultsForAbsentFields.class), fx.name());
            Map<String, FieldKey> byKey = new LinkedHashMap<>();
            for (FieldKey k : LegacySettings.keys(p.getClass())) {
                assertTrue(byKey.put(k.key(), k) == null, fx.name() + ": one field per key " + k.key());
            }
            for (Map.Entry<String, Object> e : fx.model().entrySet()) {
                FieldKey k = byKey.get(e.getKey());
                assertNotNull(k, fx.name() + ": old key '" + e.getKey() + "' is read by a field");
                if (k.type().equals("migration")) {
                    assertTrue(e.getValue() instanceof String, fx.name() + ": " + e.getKey() + " was a string");
                    String old = (String)e.getValue();
                    assertTrue(old.isEmpty() || LegacyPaths.kind(old) != LegacyPaths.Kind.EMPTY, fx.name());
                } else {
                    assertEquals(k.type(), typeOf(e.getValue()), fx.name() + ": entry type of " + e.getKey());
                }
            }
            for (FieldKey k : byKey.values()) {
                assertTrue(fx.model().containsKey(k.key()) || NEW_KEYS.contains(k.key()),
                        fx.name() + ": field " + k.field().getName() + " (key " + k.key()
                                + ") is read from the old settings or is new (then its default loads)");
            }
            LegacySettings.load(p, fx.model());
            for (FieldKey k : byKey.values()) {
                if (k.kind() != Kind.MIGRATION && fx.model().containsKey(k.key())) {
                    Object expected = fx.model().get(k.key());
                    if (k.field().getType() == OverwritePolicy.class) {
                        expected = OverwritePolicy.parse((String)expected);
                    } else if (k.field().getType().isEnum()) {
                        expected = parseEnum(k.field().getType(), (String)expected);
                    }
                    assertEquals(expected, k.field().get(p), fx.name() + ": " + k.key() + " loaded");
                }
            }
            assertNotNull(p.toSettings(), fx.name() + ": the old values validate");
        }
        assertEquals(7, factories.size(), "every node of ours has an old-settings fixture");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseEnum(final Class<?> type, final String value) {
        return EnumKeys.parse((Class)type, value, "value");
    }

    private static String typeOf(final Object v) {
        return v instanceof String ? "xstring" : v instanceof Integer ? "xint" : v instanceof Double ? "xdouble"
                : "xboolean";
    }

    @Test
    void flowVariablesOfOldWorkflowsStillApply() throws Exception {
        int bindings = 0;
        for (Fixture fx : fixtures()) {
            BreastCtParameters<?> p = defaults(fx.factory());
            Set<String> read = new HashSet<>();
            for (FieldKey k : LegacySettings.keys(p.getClass())) {
                read.add(k.key());
            }
            for (String key : fx.boundKeys()) {
                assertTrue(read.contains(key), fx.name() + ": the flow variable bound to '" + key
                        + "' applies to a key the parameters read (a migration's deprecated key counts)");
                bindings++;
            }
        }
        assertTrue(bindings >= 5, "the fixtures bind the workflow variables input_folder/output_folder");
    }

    @Test
    void oldLocationsAreWorkflowRelativeUrlsThatKnimeConverts() throws Exception {
        for (Fixture fx : fixtures()) {
            for (String key : List.of("folder", "location")) {
                if (fx.model().get(key) instanceof String old && !old.isEmpty()) {
                    // FSLocationUtil.createFromURL turns knime://knime.workflow/<p> into a location
                    // "relative to the current workflow" with path <p>, the category Hub and Server resolve
                    assertTrue(old.startsWith("knime://knime.workflow/"), fx.name() + ": " + old);
                    assertEquals(LegacyPaths.Kind.URL, LegacyPaths.kind(old), fx.name());
                }
            }
        }
    }

    @Test
    void dicomWriterFixtureKeepsItsMeaning() throws Exception {
        Fixture fx = fixtures().stream().filter(f -> f.name().startsWith("dicomwriter")).findFirst().orElseThrow();
        DicomWriterParameters p = (DicomWriterParameters)defaults(fx.factory());
        LegacySettings.load(p, fx.model());
        Field draw = DicomWriterParameters.class.getDeclaredField("m_drawCylinder");
        draw.setAccessible(true);
        // what the migration does when 'draw_cylinder' is absent
        draw.set(p, DicomWriterParameters.drewCylinder((String)fx.model().get("cylinder_column")));
        DicomWriterSettings s = p.toSettings();
        assertTrue(s.drawCylinder(), "a cylinder column was chosen: the ring is drawn as before");
        assertEquals("cylinder", s.cylinderColumn());
        assertEquals(OverwritePolicy.OVERWRITE, s.overwritePolicy());
        assertTrue(s.createMissingFolders(), "the old node always created the output folder");
        assertFalse(DicomWriterParameters.drewCylinder(""));
    }

    @Test
    void npyWriterFixtureKeepsItsMeaning() throws Exception {
        Fixture fx = fixtures().stream().filter(f -> f.name().startsWith("npywriter")).findFirst().orElseThrow();
        BreastCtParameters<?> p = defaults(fx.factory());
        LegacySettings.load(p, fx.model());
        NpyWriterSettings s = (NpyWriterSettings)p.toSettings();
        assertEquals(fx.model().get("volume_column"), s.volumeColumn());
        assertEquals(OverwritePolicy.parse((String)fx.model().get("overwrite_policy")), s.overwritePolicy());
        assertTrue(s.createMissingFolders(), "the old node always created the output folder");
    }
}
