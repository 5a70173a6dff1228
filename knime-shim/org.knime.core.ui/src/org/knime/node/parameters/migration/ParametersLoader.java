package org.knime.node.parameters.migration;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
@FunctionalInterface
public interface ParametersLoader<T> {

    T load(NodeSettingsRO settings) throws InvalidSettingsException;
}
