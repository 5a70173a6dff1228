package org.breastct.knime.node;

import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.progress.CancelledException;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.core.webui.node.impl.WebUINodeModel;

/**
 * Base of every node model of the extension: one output table, settings from the node's
 * parameters class {@code P} turned into the validated value {@code S}. KNIME loads, saves and
 * validates the parameters ({@link WebUINodeModel}); nothing survives between executions (no
 * internals, no caches), so the nodes are safe in parallel chunk loops and on Server/Hub executors.
 *
 * <p>{@link #configure} and {@link #execute} both build the output spec through {@link #outputSpec},
 * so the predicted spec is the one execute produces. An engine {@link CancelledException} becomes
 * KNIME's {@link CanceledExecutionException}. Input ports that are optional and not connected are
 * {@code null}.
 *
 * <p>{@code WebUINodeModel} is internal KNIME API (x-internal, deprecated since 5.6 but not for
 * removal); KNIME's own 5.8 nodes with web dialogs use it the same way.
 *
 * @param <P> the node's parameters
 * @param <S> the validated settings
 */
@SuppressWarnings({"restriction", "deprecation"})
public abstract class BreastCtNodeModel<P extends BreastCtParameters<S>, S> extends WebUINodeModel<P> {

    /** A node with the ports of its configuration (fixed ports). */
    protected BreastCtNodeModel(final WebUINodeConfiguration configuration, final Class<P> parameters) {
        super(configuration, parameters);
    }

    /** A node with the ports of its port configuration (nodes with optional ports). */
    protected BreastCtNodeModel(final PortType[] in, final PortType[] out, final Class<P> parameters) {
        super(in, out, parameters);
    }

    /**
     * The output table spec. Checks columns and settings; reads no data.
     *
     * @param in the input specs (an unconnected optional port is null)
     */
    protected abstract DataTableSpec outputSpec(PortObjectSpec[] in, P p, S s) throws InvalidSettingsException;

    /** The work: returns the output table, whose spec must be {@code outSpec}. */
    protected abstract BufferedDataTable run(PortObject[] in, DataTableSpec outSpec, P p, S s,
            ExecutionContext exec) throws Exception;

    @Override
    protected final PortObjectSpec[] configure(final PortObjectSpec[] inSpecs, final P p)
            throws InvalidSettingsException {
        return new PortObjectSpec[]{outputSpec(inSpecs, p, BreastCtParameters.settingsOf(p))};
    }

    @Override
    protected final PortObject[] execute(final PortObject[] in, final ExecutionContext exec, final P p)
            throws Exception {
        S s = BreastCtParameters.settingsOf(p);
        PortObjectSpec[] specs = new PortObjectSpec[in.length];
        for (int i = 0; i < in.length; i++) {
            specs[i] = in[i] == null ? null : in[i].getSpec();
        }
        DataTableSpec outSpec = outputSpec(specs, p, s);
        try {
            return new PortObject[]{run(in, outSpec, p, s, exec)};
        } catch (CancelledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
    }

    /** The table at input {@code index}, or null if that port is absent or unconnected. */
    protected static DataTableSpec tableSpec(final PortObjectSpec[] in, final int index) {
        return index < in.length && in[index] instanceof DataTableSpec t ? t : null;
    }

    @Override
    protected void reset() {
        // no state between executions
    }
}
