package org.breastct.knime.runtime.kit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileSelection;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.node.parameters.NodeParameters;

/**
 * Builds a node's parameters object in a test, as KNIME builds it from the dialog or settings.xml: the defaults of
 * the no-argument constructor, then fields set by name (the nodes' parameter fields are package-private
 * {@code m_...} fields, as in KNIME's own nodes).
 */
public final class KitParameters {

    private KitParameters() {
    }

    /** The default parameters of {@code type}. */
    public static <P extends NodeParameters> P defaults(final Class<P> type) {
        try {
            Constructor<P> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot create " + type.getName() + ": " + e, e);
        }
    }

    /**
     * Sets field {@code field} of {@code parameters} (an {@link FSLocation} value becomes a {@link FileSelection}
     * if the field is one).
     *
     * @return {@code parameters}
     * @throws IllegalArgumentException naming the field if it does not exist or the value does not fit
     */
    public static <P extends NodeParameters> P set(final P parameters, final String field, final Object value) {
        try {
            Field f = find(parameters.getClass(), field);
            f.setAccessible(true);
            Object v = value instanceof FSLocation l && f.getType() == FileSelection.class ? new FileSelection(l)
                : value;
            f.set(parameters, v);
            return parameters;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot set " + parameters.getClass().getSimpleName() + "." + field
                + " to " + value + ": " + e.getMessage(), e);
        }
    }

    private static Field find(final Class<?> c, final String name) throws NoSuchFieldException {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                return k.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
