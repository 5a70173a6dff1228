package org.knime.core.webui.node.view;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.webui.UIExtension;
import org.knime.core.webui.data.DataServiceProvider;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface NodeView extends UIExtension, DataServiceProvider {

    void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    void loadValidatedSettingsFrom(NodeSettingsRO settings);

    default PageFormat getDefaultPageFormat() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    default boolean canBeUsedInReport() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
