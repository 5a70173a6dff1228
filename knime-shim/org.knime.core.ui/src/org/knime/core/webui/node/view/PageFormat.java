package org.knime.core.webui.node.view;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public enum PageFormat {
    ASPECT_RATIO_4BY3,
    AUTO
}
