package org.knime.node.parameters.widget.choices.util;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface InputTableIndexHolder {
}
