package org.knime.node.parameters.widget.choices.util;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class CompatibleColumnsProvider implements FilteredInputTableColumnsProvider {

    protected CompatibleColumnsProvider(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public boolean isIncluded(final DataColumnSpec col) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
