package org.knime.core.webui.node.dialog.kai;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface KaiNodeInterfaceFactory {
}
