package org.knime.node.parameters.persistence;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.node.parameters.migration.ParametersLoader;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface NodeParametersPersistor<T> extends ParametersSaver<T>, ParametersLoader<T> {

    @Override
    T load(NodeSettingsRO settings) throws InvalidSettingsException;

    @Override
    void save(T param, NodeSettingsWO settings);

    String[][] getConfigPaths();
}
