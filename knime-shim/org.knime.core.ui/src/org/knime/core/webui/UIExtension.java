package org.knime.core.webui;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface UIExtension {
}
