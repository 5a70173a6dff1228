package org.breastct.knime.fs;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.filehandling.core.data.location.FSLocationValue;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.widget.choices.ColumnChoicesProvider;

/**
 * Column choices of a reader's path column: the KNIME Path columns of the node's input table,
 * wherever that optional table port sits (the File System port may come before it).
 */
public final class PathColumnChoices implements ColumnChoicesProvider {

    @Override
    public List<DataColumnSpec> columnChoices(final NodeParametersInput context) {
        List<DataColumnSpec> out = new ArrayList<>();
        for (PortObjectSpec spec : context.getInPortSpecs()) {
            if (spec instanceof DataTableSpec table) {
                for (DataColumnSpec c : table) {
                    if (c.getType().isCompatible(FSLocationValue.class)) {
                        out.add(c);
                    }
                }
                break;
            }
        }
        return out;
    }
}
