package org.knime.core.node;

import java.util.EventListener;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface NodeModelWarningListener extends EventListener {
}
