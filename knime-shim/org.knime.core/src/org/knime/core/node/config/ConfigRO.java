package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseRO;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface ConfigRO extends ConfigBaseRO {
}
