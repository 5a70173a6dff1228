package org.knime.core.webui.node.impl;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;

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

/**
 * Test-kit stand-in for {@code org.knime.core.webui.node.impl.WebUINodeModel} (knime-core-ui,
 * {@code org.knime.core.ui/src/eclipse/org/knime/core/webui/node/impl/WebUINodeModel.java} at
 * analytics-platform/5.8.2). Mirrors the real flow: the final {@code configure(PortObjectSpec[])} passes the loaded
 * parameters to {@code configure(PortObjectSpec[], S)} (creating and validating default parameters first if none were
 * loaded), whose default casts to tables and calls {@code configure(DataTableSpec[], S)}; {@code execute} likewise,
 * so a model that overrides the two-argument {@code execute} (as the Breast Segmenter does) is called the way KNIME
 * calls it. Kit only: {@link #kitLoadSettings} = the real {@code validateSettings} ({@code settings.validate()})
 * followed by {@code loadValidatedSettingsFrom}, with the parameters object given directly instead of a
 * {@code NodeSettingsRO}.
 *
 * @param <S> the parameters class
 */
public abstract class WebUINodeModel<S extends NodeParameters> extends NodeModel {

    private S m_modelSettings;

    private final Class<S> m_modelSettingsClass;

    protected WebUINodeModel(final WebUINodeConfiguration configuration, final Class<S> modelSettingsClass) {
        this(configuration.getInputPortTypes(), configuration.getOutputPortTypes(), modelSettingsClass);
    }

    protected WebUINodeModel(final PortType[] inputPortTypes, final PortType[] outputPortTypes,
        final Class<S> modelSettingsClass) {
        super(inputPortTypes, outputPortTypes);
        m_modelSettingsClass = modelSettingsClass;
    }

    /** Kit only: validates {@code settings} as KNIME does before loading them, then uses them. */
    public final void kitLoadSettings(final S settings) throws InvalidSettingsException {
        settings.validate();
        m_modelSettings = settings;
    }

    /** Kit only: the parameters class. */
    public final Class<S> kitSettingsClass() {
        return m_modelSettingsClass;
    }

    private S settings() throws InvalidSettingsException {
        if (m_modelSettings == null) {
            try {
                Constructor<S> c = m_modelSettingsClass.getDeclaredConstructor();
                c.setAccessible(true);
                S s = c.newInstance();
                s.validate();
                m_modelSettings = s;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create default " + m_modelSettingsClass.getName(), e);
            }
        }
        return m_modelSettings;
    }

    @Override
    protected final PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return configure(inSpecs, settings());
    }

    @Override
    protected final DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return configure(inSpecs, settings());
    }

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs, final S modelSettings)
        throws InvalidSettingsException {
        DataTableSpec[] t = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(t, modelSettings);
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs, final S modelSettings)
        throws InvalidSettingsException {
        throw new IllegalStateException("NodeModel.configure() implementation missing!");
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        return execute(inObjects, exec, m_modelSettings);
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inObjects, final ExecutionContext exec)
        throws Exception {
        return execute(inObjects, exec, m_modelSettings);
    }

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec, final S modelSettings)
        throws Exception {
        BufferedDataTable[] t = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(t, exec, modelSettings);
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec,
        final S modelSettings) throws Exception {
        throw new IllegalStateException("NodeModel.execute() implementation missing!");
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        // nothing
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        // nothing
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("settings persistence is not part of the test kit");
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("settings persistence is not part of the test kit");
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("settings persistence is not part of the test kit");
    }

    @Override
    protected void reset() {
        // nothing
    }
}
