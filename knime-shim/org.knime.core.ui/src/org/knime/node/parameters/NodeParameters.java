package org.knime.node.parameters;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.persistence.Persistable;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface NodeParameters extends Persistable, WidgetGroup {

    default void validate() throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
