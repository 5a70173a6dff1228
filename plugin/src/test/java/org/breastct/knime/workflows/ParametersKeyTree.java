package org.breastct.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.breastct.knime.parameters.EnumKeyPersistor;
import org.breastct.knime.parameters.EnumKeys;
import org.knime.node.parameters.persistence.NodeParametersPersistor;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;

/**
 * The model settings a parameters class of ours persists (the layout the workflows must hold), read
 * from its fields as KNIME 5.8 persists them:
 * <ul>
 * <li>{@code @Persist(configKey = k)} on an {@code int/double/boolean/String} field: one entry {@code k}
 * of type xint/xdouble/xboolean/xstring (core-ui 5.8.2 {@code persistence/impl/defaultfield/*FieldPersistor});
 * a {@code @Migration} on the field changes only how old settings load, not what is saved;</li>
 * <li>{@code @Persist(configKey = k)} on a {@code FileSelection}: the config {@code k} holding the config
 * {@code path} (the field {@code m_path}) written by {@code FSLocationSerializationUtils.saveFSLocation}
 * (fh 5.8.2): {@code location_present} (xboolean), then if present {@code file_system_type}, the
 * {@code file_system_specifier} if the file system has one, and {@code path} (xstring);</li>
 * <li>{@code @Persistor(P.class)} with our {@link EnumKeyPersistor}: one xstring entry under its single
 * config path (the enum's lower-case key).</li>
 * </ul>
 * Any other kind of field fails, so a new kind of setting must be added here on purpose.
 */
final class ParametersKeyTree {

    private ParametersKeyTree() {
    }

    /** One persisted key: its entry type, or a file selection config ({@code location}). */
    record Key(String type, boolean location, Field field) {
    }

    /** An unset file selection as the parameters' default {@code new FileSelection()} saves it (5.8). */
    static final String UNSET_LOCATION = "LOCAL:";

    /** The file systems whose locations name a specifier; the local file system has none. */
    private static final Set<String> SPECIFIERS = Set.of("knime.workflow.data", "knime.workflow", "knime.mountpoint");

    /** The top-level model keys of {@code cls} in field order. */
    static Map<String, Key> keys(final Class<?> cls) throws ReflectiveOperationException {
        Map<String, Key> out = new LinkedHashMap<>();
        for (Field f : cls.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Persist pe = f.getAnnotation(Persist.class);
            Persistor p = f.getAnnotation(Persistor.class);
            Key key;
            String name;
            if (p != null) {
                var ctor = p.value().getDeclaredConstructor();
                ctor.setAccessible(true);
                NodeParametersPersistor<?> persistor = (NodeParametersPersistor<?>)ctor.newInstance();
                assertTrue(persistor instanceof EnumKeyPersistor, f + ": a persistor this test knows");
                String[][] paths = persistor.getConfigPaths();
                assertTrue(paths.length == 1 && paths[0].length == 1, f + ": one flat config path");
                name = paths[0][0];
                key = new Key("xstring", false, f);
            } else {
                assertNotNull(pe, f + " has @Persist or @Persistor");
                assertTrue(!pe.configKey().isEmpty(), f + ": @Persist names its configKey");
                name = pe.configKey();
                Class<?> t = f.getType();
                if (t.getName().equals("org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileSelection")) {
                    key = new Key(null, true, f);
                } else {
                    String type = t == int.class ? "xint" : t == double.class ? "xdouble"
                            : t == boolean.class ? "xboolean" : t == String.class ? "xstring" : null;
                    assertNotNull(type, f + ": a field type this test knows");
                    key = new Key(type, false, f);
                }
            }
            assertTrue(out.put(name, key) == null, cls + ": key " + name + " twice");
        }
        return out;
    }

    /** The saved value of every plain key of {@code parameters} (enums as their key). */
    static Map<String, Object> defaults(final Object parameters) throws ReflectiveOperationException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Key> k : keys(parameters.getClass()).entrySet()) {
            if (!k.getValue().location()) {
                Object v = k.getValue().field().get(parameters);
                out.put(k.getKey(), v instanceof Enum<?> e ? EnumKeys.key(e) : v);
            }
        }
        return out;
    }

    /**
     * Checks a file selection config: exactly the {@code path} config with the keys and types
     * {@code saveFSLocation} writes, present, on the local file system or one with a known specifier.
     *
     * @return {@code <file_system_type>:<path>}, with {@code /<specifier>} after the type if there is one
     */
    static String checkLocation(final String where, final WorkflowFilesTest.Config selection) {
        assertEquals(Set.of("path"), selection.children().keySet(), where + ": holds only the location 'path'");
        WorkflowFilesTest.Config l = selection.config("path");
        assertNotNull(l, where + "/path is a config");
        WorkflowFilesTest.Entry present = l.entry("location_present");
        assertNotNull(present, where + "/path/location_present");
        assertEquals("xboolean", present.type(), where + "/path/location_present type");
        assertEquals("true", present.value(), where + "/path: a location is present");
        String type = l.string("file_system_type");
        boolean specified = !"LOCAL".equals(type);
        Set<String> keys = specified
                ? Set.of("location_present", "file_system_type", "file_system_specifier", "path")
                : Set.of("location_present", "file_system_type", "path");
        assertEquals(keys, l.children().keySet(), where + "/path keys (file system " + type + ")");
        for (String k : keys) {
            if (!k.equals("location_present")) {
                assertTrue(l.children().get(k) instanceof WorkflowFilesTest.Entry e && e.type().equals("xstring")
                        && e.value() != null, where + "/path/" + k + " is a string");
            }
        }
        assertTrue(Set.of("LOCAL", "RELATIVE").contains(type), where + ": file system " + type);
        if (specified) {
            assertTrue(SPECIFIERS.contains(l.string("file_system_specifier")),
                    where + ": specifier " + l.string("file_system_specifier"));
            return type + "/" + l.string("file_system_specifier") + ":" + l.string("path");
        }
        return type + ":" + l.string("path");
    }
}
