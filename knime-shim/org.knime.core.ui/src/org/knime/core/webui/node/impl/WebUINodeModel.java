package org.knime.core.webui.node.impl;

import java.io.File;
import java.io.IOException;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.node.parameters.NodeParameters;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class WebUINodeModel<S extends NodeParameters> extends NodeModel {

    protected WebUINodeModel(final WebUINodeConfiguration configuration, final Class<S> modelSettingsClass) {
        super(0, 0);
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected WebUINodeModel(final PortType[] inputPortTypes, final PortType[] outputPortTypes,
        final Class<S> modelSettingsClass) {
        super(0, 0);
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected final PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected final DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs, final S modelSettings)
        throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs, final S modelSettings)
        throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inObjects, final ExecutionContext exec)
        throws Exception {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec, final S modelSettings)
        throws Exception {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec,
        final S modelSettings) throws Exception {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected void reset() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
