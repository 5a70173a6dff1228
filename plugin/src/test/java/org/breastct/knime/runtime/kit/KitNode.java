package org.breastct.knime.runtime.kit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ConfigurableNodeFactory;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.context.NodeCreationConfiguration;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.webui.node.impl.WebUINodeModel;
import org.knime.node.parameters.NodeParameters;

/**
 * Runs one node in JUnit the way KNIME does, on the kit's stand-ins: the model is made by its factory (for a
 * configurable factory with the ports of the optional port groups named at creation, as added with the node's "..."
 * menu), the parameters object built in the test is validated and loaded ({@code WebUINodeModel.kitLoadSettings}),
 * and configure/execute go through {@code NodeModel}'s own entry points ({@code configureModel}/{@code executeModel}
 * of KNIME, see the kit's {@code NodeModel}). {@link #execute} configures first, as KNIME does, and fails if a
 * table's spec differs from the one configure predicted (KNIME logs this as a coding problem; our nodes promise
 * equality). While the node runs, its {@link KitWorkflow} is the current one (KNIME's node context).
 *
 * @param <M> the node model
 */
public final class KitNode<M extends NodeModel> {

    private final M m_model;

    private final KitWorkflow m_workflow;

    private PortObjectSpec[] m_lastSpecs;

    private KitNode(final M model, final KitWorkflow workflow) {
        m_model = model;
        m_workflow = workflow;
    }

    /**
     * The node of {@code factory} in {@code workflow}.
     *
     * @param optionalGroups the optional input port groups to add (configurable factories only), e.g.
     *     {@code FileNodeFactory.FILE_SYSTEM_GROUP}
     */
    public static <M extends NodeModel> KitNode<M> create(final KitWorkflow workflow, final NodeFactory<M> factory,
        final String... optionalGroups) {
        NodeCreationConfiguration config = null;
        if (factory instanceof ConfigurableNodeFactory<M> c) {
            config = c.kitCreateNodeCreationConfig(Set.of(optionalGroups));
        } else if (optionalGroups.length > 0) {
            throw new IllegalArgumentException(factory.getClass().getSimpleName() + " has no optional port groups");
        }
        return new KitNode<>(factory.kitCreateNodeModel(config), workflow);
    }

    /** The node model. */
    public M model() {
        return m_model;
    }

    /** The input port types (with the optional ports that were added). */
    public PortType[] inPorts() {
        return m_model.kitInPortTypes();
    }

    /**
     * Loads {@code parameters} and configures the node.
     *
     * @param in one spec per input port (null: an optional port without connection)
     * @return the output specs
     */
    public PortObjectSpec[] configure(final NodeParameters parameters, final PortObjectSpec... in)
        throws InvalidSettingsException {
        load(parameters);
        try {
            m_lastSpecs = inWorkflow(() -> m_model.kitConfigure(in));
        } catch (InvalidSettingsException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return m_lastSpecs;
    }

    /** The spec of output table {@code port} after {@link #configure}. */
    public DataTableSpec configuredSpec(final int port) {
        return (DataTableSpec)m_lastSpecs[port];
    }

    /**
     * Loads {@code parameters}, configures the node with the specs of {@code in} and executes it.
     *
     * @param in one object per input port (null: an optional port without connection)
     * @throws IllegalStateException if an output table's spec is not the one configure predicted
     */
    public PortObject[] execute(final NodeParameters parameters, final ExecutionContext exec, final PortObject... in)
        throws Exception {
        PortObjectSpec[] inSpecs = new PortObjectSpec[in.length];
        for (int i = 0; i < in.length; i++) {
            inSpecs[i] = in[i] == null ? null : in[i].getSpec();
        }
        PortObjectSpec[] predicted = configure(parameters, inSpecs);
        PortObject[] out = inWorkflow(() -> m_model.kitExecute(in, exec));
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof BufferedDataTable t && predicted[i] != null
                && !t.getDataTableSpec().equals(predicted[i])) {
                throw new IllegalStateException("output " + i + ": configure predicted " + predicted[i]
                    + " but execute produced " + t.getDataTableSpec());
            }
        }
        return out;
    }

    /** Executes and returns output table {@code port}. */
    public BufferedDataTable executeTable(final NodeParameters parameters, final ExecutionContext exec,
        final PortObject... in) throws Exception {
        return (BufferedDataTable)execute(parameters, exec, in)[0];
    }

    /** The node's warning after the last configure or execute, or null. */
    public String warning() {
        return m_model.kitWarningMessage();
    }

    /** What the node logged, oldest first ("WARN ...", "ERROR ..."). */
    public List<String> log() {
        return m_model.kitLogger().kitMessages();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void load(final NodeParameters parameters) throws InvalidSettingsException {
        if (!(m_model instanceof WebUINodeModel w)) {
            throw new IllegalStateException(m_model.getClass().getSimpleName() + " is not a WebUINodeModel");
        }
        if (!w.kitSettingsClass().isInstance(parameters)) {
            throw new IllegalArgumentException("parameters of " + parameters.getClass().getName() + " given, the node "
                + "takes " + w.kitSettingsClass().getName());
        }
        ((WebUINodeModel)w).kitLoadSettings(parameters);
    }

    private <T> T inWorkflow(final Callable<T> work) throws Exception {
        KitWorkflow.setCurrent(m_workflow);
        try {
            return work.call();
        } finally {
            KitWorkflow.setCurrent(null);
        }
    }
}
