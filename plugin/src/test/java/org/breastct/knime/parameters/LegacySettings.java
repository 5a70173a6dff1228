package org.breastct.knime.parameters;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.NodeSettingsRO;
import org.knime.node.parameters.migration.Migration;
import org.knime.node.parameters.persistence.NodeParametersPersistor;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;

/**
 * For tests: how a parameters class maps to the flat model settings of the Swing-era nodes
 * (settings.xml {@code <config key="model">}: key, entry type, value), and loading such settings
 * into a parameters object the way KNIME 5.8 does it for the field kinds our classes use:
 * <ul>
 * <li>{@code @Persist(configKey = k)} on an {@code int/double/boolean/String} field: KNIME's default
 * field persistors read/write one entry {@code k} of type xint/xdouble/xboolean/xstring
 * (core-ui 5.8.2 {@code persistence/impl/defaultfield/*FieldPersistor});</li>
 * <li>{@code @Persistor(P.class)}: our own persistor, called here exactly as KNIME calls it, with a
 * {@link NodeSettingsRO} view of the entries (only {@code getString(key)} is used by our persistors);</li>
 * <li>{@code @Migration(M.class)} with an {@link LegacyPathMigration}: the old key of the migration
 * (its loader builds a KNIME {@code FileSelection}, which needs KNIME, so it is checked through
 * {@link LegacyPaths} instead).</li>
 * </ul>
 * Absent keys keep the field's initial value ({@code @LoadDefaultsForAbsentFields}).
 * The real KNIME loader is not available here (the API is a compile-only shim).
 */
public final class LegacySettings {

    private LegacySettings() {
    }

    /** How one field is stored. */
    public enum Kind {
        PERSIST, PERSISTOR, MIGRATION
    }

    /**
     * One field's settings key.
     *
     * @param key the key in the flat model config (for a migration: the old key it reads)
     * @param type KNIME entry type for PERSIST/PERSISTOR fields (xstring, ...); "migration" otherwise
     */
    public record FieldKey(Field field, String key, String type, Kind kind) {
    }

    /** The keys of every persisted field of {@code cls}, in declaration order. */
    public static List<FieldKey> keys(final Class<?> cls) throws ReflectiveOperationException {
        List<FieldKey> out = new ArrayList<>();
        for (Field f : cls.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Migration m = f.getAnnotation(Migration.class);
            Persistor p = f.getAnnotation(Persistor.class);
            Persist pe = f.getAnnotation(Persist.class);
            if (m != null) {
                Object migration = newInstance(m.value());
                if (migration instanceof LegacyPathMigration lm) {
                    out.add(new FieldKey(f, lm.oldKey(), "migration", Kind.MIGRATION));
                    continue;
                }
                throw new AssertionError(f + ": unknown migration " + m.value());
            }
            if (p != null) {
                NodeParametersPersistor<?> persistor = (NodeParametersPersistor<?>)newInstance(p.value());
                String[][] paths = persistor.getConfigPaths();
                if (paths.length != 1 || paths[0].length != 1) {
                    throw new AssertionError(f + ": persistor with config paths other than one flat key");
                }
                out.add(new FieldKey(f, paths[0][0], "xstring", Kind.PERSISTOR));
                continue;
            }
            if (pe == null || pe.configKey().isEmpty()) {
                throw new AssertionError(f + " has no @Persist(configKey), @Persistor or @Migration");
            }
            out.add(new FieldKey(f, pe.configKey(), entryType(f), Kind.PERSIST));
        }
        return out;
    }

    /** KNIME's entry type for a field persisted with the default field persistor. */
    static String entryType(final Field f) {
        Class<?> t = f.getType();
        if (t == int.class) {
            return "xint";
        }
        if (t == double.class) {
            return "xdouble";
        }
        if (t == boolean.class) {
            return "xboolean";
        }
        if (t == String.class) {
            return "xstring";
        }
        throw new AssertionError(f + ": no flat default persistence for " + t);
    }

    /**
     * The flat settings {@code parameters} save: key -> "type=value" (enums through their
     * persistor's key; migrations are not listed, their fields are saved under new keys).
     */
    public static Map<String, String> saved(final Object parameters) throws ReflectiveOperationException {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldKey k : keys(parameters.getClass())) {
            Object v = k.field().get(parameters);
            switch (k.kind()) {
                case PERSIST -> out.put(k.key(), k.type() + "=" + v);
                case PERSISTOR -> out.put(k.key(), k.type() + "=" + EnumKeys.key((Enum<?>)v));
                case MIGRATION -> {
                    // saved under the new key as a file-selection config
                }
            }
        }
        return out;
    }

    /** The flat settings {@code parameters} save, as typed values (enums as their setting value). */
    public static Map<String, Object> values(final Object parameters) throws ReflectiveOperationException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldKey k : keys(parameters.getClass())) {
            Object v = k.field().get(parameters);
            if (k.kind() == Kind.PERSIST) {
                out.put(k.key(), v);
            } else if (k.kind() == Kind.PERSISTOR) {
                out.put(k.key(), EnumKeys.key((Enum<?>)v));
            }
        }
        return out;
    }

    /**
     * Loads flat old settings into {@code parameters} (created by the caller), key by key as KNIME
     * does; migrated fields are left alone.
     *
     * @param values key -> value (String, Integer, Double or Boolean as the entry type says)
     * @throws IllegalArgumentException if a value has the wrong type or a persistor rejects it
     */
    public static <P> P load(final P parameters, final Map<String, Object> values)
            throws ReflectiveOperationException {
        for (FieldKey k : keys(parameters.getClass())) {
            if (!values.containsKey(k.key()) || k.kind() == Kind.MIGRATION) {
                continue;
            }
            Object v = values.get(k.key());
            if (k.kind() == Kind.PERSISTOR) {
                Persistor p = k.field().getAnnotation(Persistor.class);
                NodeParametersPersistor<?> persistor = (NodeParametersPersistor<?>)newInstance(p.value());
                k.field().set(parameters, loadWith(persistor, values));
                continue;
            }
            Class<?> t = k.field().getType();
            Class<?> expected = t == int.class ? Integer.class : t == double.class ? Double.class
                    : t == boolean.class ? Boolean.class : String.class;
            if (!expected.isInstance(v)) {
                throw new IllegalArgumentException(k.key() + ": " + v + " is not a " + k.type());
            }
            k.field().set(parameters, v);
        }
        return parameters;
    }

    private static Object loadWith(final NodeParametersPersistor<?> persistor, final Map<String, Object> values) {
        NodeSettingsRO settings = (NodeSettingsRO)Proxy.newProxyInstance(LegacySettings.class.getClassLoader(),
                new Class<?>[]{NodeSettingsRO.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getString") && args.length == 1) {
                        Object v = values.get((String)args[0]);
                        if (!(v instanceof String s)) {
                            throw new IllegalArgumentException("no string entry " + args[0]);
                        }
                        return s;
                    }
                    throw new UnsupportedOperationException(method.toString());
                });
        try {
            return persistor.load(settings);
        } catch (UnsupportedOperationException e) {
            // the persistor rejected the value: InvalidSettingsException cannot be created with the shim
            throw new IllegalArgumentException("persistor rejected " + values, e);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Object newInstance(final Class<?> c) throws ReflectiveOperationException {
        var ctor = c.getDeclaredConstructor();
        ctor.setAccessible(true);
        return ctor.newInstance();
    }
}
