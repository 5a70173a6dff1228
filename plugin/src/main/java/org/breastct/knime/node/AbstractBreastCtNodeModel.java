package org.breastct.knime.node;

import java.io.File;
import java.io.IOException;

import org.breastct.knime.settings.KnimeSettings;
import org.breastct.knime.settings.NodeSettingsRecord;
import org.breastct.progress.CancelledException;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Base of every node model of the extension. The only field is the immutable, validated settings
 * object {@code S}; nothing survives between executions (no internals, no caches), so the nodes are
 * safe in parallel chunk loops and on Server/Hub executors.
 *
 * <p>Settings: {@link #validateSettings} loads a throw-away copy, {@link #loadValidatedSettingsFrom}
 * swaps in a new one. {@link #configure} and {@link #execute} both build the output spec through
 * {@link #outputSpec}, so the predicted spec is the one execute produces. An engine
 * {@link CancelledException} becomes KNIME's {@link CanceledExecutionException}.
 *
 * @param <S> the node's settings class
 */
public abstract class AbstractBreastCtNodeModel<S extends NodeSettingsRecord> extends NodeModel {

    private final KnimeSettings.Loader<S> loader;
    private S settings;

    /**
     * @param loader parses and validates settings (the settings class's {@code load}); throws
     *               IllegalArgumentException naming a bad value
     */
    protected AbstractBreastCtNodeModel(final int nrIn, final int nrOut, final S defaults,
            final KnimeSettings.Loader<S> loader) {
        super(nrIn, nrOut);
        this.settings = defaults;
        this.loader = loader;
    }

    /**
     * The output table spec for the input spec ({@code null} for source nodes). Checks columns and
     * settings; reads no data.
     */
    protected abstract DataTableSpec outputSpec(DataTableSpec in, S s) throws InvalidSettingsException;

    /** The work: returns the output table, whose spec must be {@code outputSpec}. */
    protected abstract BufferedDataTable run(BufferedDataTable in, DataTableSpec outSpec, S s, ExecutionContext exec)
            throws Exception;

    /** The current settings (immutable). */
    protected final S settings() {
        return settings;
    }

    @Override
    protected final DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = inSpecs.length > 0 ? inSpecs[0] : null;
        return new DataTableSpec[]{outputSpec(in, settings)};
    }

    @Override
    protected final BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
            throws Exception {
        S s = settings;
        BufferedDataTable in = inData.length > 0 ? inData[0] : null;
        DataTableSpec outSpec = outputSpec(in == null ? null : in.getDataTableSpec(), s);
        try {
            return new BufferedDataTable[]{run(in, outSpec, s, exec)};
        } catch (CancelledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO s) {
        settings.save(KnimeSettings.writer(s));
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO s) throws InvalidSettingsException {
        KnimeSettings.load(s, loader);
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO s) throws InvalidSettingsException {
        settings = KnimeSettings.load(s, loader);
    }

    @Override
    protected void reset() {
        // no state between executions
    }

    @Override
    protected final void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals
    }

    @Override
    protected final void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals
    }
}
