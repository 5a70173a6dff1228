package org.knime.core.node.config;

import javax.swing.tree.TreeNode;

import org.knime.core.node.config.base.ConfigBaseRO;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {
}
