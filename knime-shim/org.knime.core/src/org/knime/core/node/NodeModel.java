package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.AbstractNodeView.ViewableModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class NodeModel implements ViewableModel {

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void reset();

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
            throws Exception {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected final void setWarningMessage(final String warningMessage) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected final NodeLogger getLogger() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
