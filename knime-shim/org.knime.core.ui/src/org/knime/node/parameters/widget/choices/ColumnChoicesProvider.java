package org.knime.node.parameters.widget.choices;

import java.util.List;
import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.NodeParametersInput;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface ColumnChoicesProvider extends TypedStringChoicesProvider {

    default List<DataColumnSpec> columnChoices(final NodeParametersInput context) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
