package org.knime.node.parameters;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.persistence.Persistable;

/**
 * Test-kit stand-in for {@code org.knime.node.parameters.NodeParameters} (knime-core-ui, public API since 5.6,
 * analytics-platform/5.8.2): same super interfaces; {@code validate()} does nothing by default, as the real default
 * method.
 */
public interface NodeParameters extends Persistable, WidgetGroup {

    default void validate() throws InvalidSettingsException {
        // valid unless a node says otherwise
    }
}
