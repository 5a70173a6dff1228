package org.knime.node.parameters.migration;

import java.util.List;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface NodeParametersMigration<T> {

    List<ConfigMigration<T>> getConfigMigrations();
}
