package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface NodeSettingsRO extends ConfigRO {
}
