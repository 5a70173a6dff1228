package org.knime.node.parameters;

import java.util.Optional;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface NodeParametersInput {

    PortObjectSpec[] getInPortSpecs();

    Optional<DataTableSpec> getInTableSpec(final int portIndex);
}
