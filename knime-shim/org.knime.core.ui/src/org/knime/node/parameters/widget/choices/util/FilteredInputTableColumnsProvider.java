package org.knime.node.parameters.widget.choices.util;

import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.widget.choices.ColumnChoicesProvider;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface FilteredInputTableColumnsProvider extends InputTableIndexHolder, ColumnChoicesProvider {

    boolean isIncluded(DataColumnSpec col);
}
