package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface NodeSettingsWO extends ConfigWO {
}
