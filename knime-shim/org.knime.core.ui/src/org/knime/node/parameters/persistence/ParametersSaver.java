package org.knime.node.parameters.persistence;

import org.knime.core.node.NodeSettingsWO;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
@FunctionalInterface
public interface ParametersSaver<T> {

    void save(T param, NodeSettingsWO nodeSettings);
}
