package org.knime.core.data.renderer;

import org.knime.core.data.DataColumnSpec;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataValueRendererFactory {

    String getDescription();

    String getId();

    DataValueRenderer createRenderer(DataColumnSpec colSpec);
}
