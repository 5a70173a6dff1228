package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface ConfigWO extends ConfigBaseWO {
}
