package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Test-kit stand-in for {@code org.knime.core.node.NodeModel} (knime-core,
 * {@code org.knime.core/src/eclipse/org/knime/core/node/NodeModel.java} at analytics-platform/5.8.2). Same abstract
 * methods and constructors as the real class. The kit entry points mirror the package-private methods KNIME's
 * {@code Node} calls:
 * <ul>
 * <li>{@link #kitConfigure} = {@code configureModel}: clears the warning; a null spec at a non-optional table port
 * becomes an empty {@link DataTableSpec}; a spec of the wrong class is an {@link InvalidSettingsException}
 * ("Incompatible port spec"); then {@code configure(PortObjectSpec[])}; a result of the wrong length is logged as an
 * error and replaced by nulls;</li>
 * <li>{@link #kitExecute} = {@code executeModel}: clears the warning; an input object of the wrong class is an
 * {@code IllegalStateException} ("Connection Error: Mismatch of input port types"); then
 * {@code execute(PortObject[], ExecutionContext)}; then {@code exec.checkCanceled()} (a node that ignores a cancel
 * still ends canceled); a result of the wrong length is an {@code IllegalStateException}.</li>
 * </ul>
 * {@code configure(PortObjectSpec[])}/{@code execute(PortObject[], ...)} default to the table variants, which throw
 * when not implemented, as in the real class. {@link #getLogger()} is a {@link NodeLogger} that keeps its messages.
 */
public abstract class NodeModel implements AbstractNodeView.ViewableModel {

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    private String m_warningMessage;

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(tables(nrInDataPorts), tables(nrOutDataPorts));
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_inPortTypes = inPortTypes.clone();
        m_outPortTypes = outPortTypes.clone();
    }

    private static PortType[] tables(final int n) {
        PortType[] t = new PortType[n];
        java.util.Arrays.fill(t, BufferedDataTable.TYPE);
        return t;
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
        throw new IllegalStateException("NodeModel.configure() implementation missing!");
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IllegalStateException("NodeModel.execute() implementation missing!");
    }

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] t = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(t);
    }

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] t = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(t, exec);
    }

    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage;
    }

    protected final NodeLogger getLogger() {
        return m_logger;
    }

    public final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    public final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    /** Kit only: the input port types. */
    public final PortType[] kitInPortTypes() {
        return m_inPortTypes.clone();
    }

    /** Kit only: {@code configureModel}, see the class comment. */
    public final PortObjectSpec[] kitConfigure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs.length != getNrInPorts()) {
            throw new IllegalArgumentException(inSpecs.length + " input specs for " + getNrInPorts() + " ports");
        }
        setWarningMessage(null);
        PortObjectSpec[] in = inSpecs.clone();
        for (int i = 0; i < in.length; i++) {
            if (in[i] == null && BufferedDataTable.TYPE.equals(m_inPortTypes[i]) && !m_inPortTypes[i].isOptional()) {
                in[i] = new DataTableSpec();
            }
            Class<? extends PortObjectSpec> expected = m_inPortTypes[i].getPortObjectSpecClass();
            if (in[i] != null && !expected.isAssignableFrom(in[i].getClass())) {
                throw new InvalidSettingsException("Incompatible port spec at port " + i + ", expected: "
                    + expected.getSimpleName() + ", actual: " + in[i].getClass().getSimpleName());
            }
        }
        PortObjectSpec[] out = configure(in);
        if (out == null) {
            out = new PortObjectSpec[getNrOutPorts()];
        }
        if (out.length != getNrOutPorts()) {
            m_logger.error("Output spec-array length invalid: " + out.length + " <> " + getNrOutPorts());
            out = new PortObjectSpec[getNrOutPorts()];
        }
        return out;
    }

    /** Kit only: {@code executeModel}, see the class comment. */
    public final PortObject[] kitExecute(final PortObject[] data, final ExecutionContext exec) throws Exception {
        if (data.length != getNrInPorts()) {
            throw new IllegalArgumentException(data.length + " input objects for " + getNrInPorts() + " ports");
        }
        setWarningMessage(null);
        for (int i = 0; i < data.length; i++) {
            PortType t = m_inPortTypes[i];
            if (!(t.isOptional() && data[i] == null) && !t.getPortObjectClass().isInstance(data[i])) {
                throw new IllegalStateException("Connection Error: Mismatch of input port types (port " + i + ").");
            }
        }
        PortObject[] out = execute(data, exec);
        exec.checkCanceled();
        if (out == null) {
            out = new PortObject[getNrOutPorts()];
        }
        if (out.length != getNrOutPorts()) {
            throw new IllegalStateException("Invalid result. Execution failed. Reason: Incorrect implementation; the "
                + "execute method in \"" + getClass().getSimpleName()
                + "\" returned null or an incorrect number of output tables.");
        }
        return out;
    }

    /** Kit only: the warning message the node set in its last configure or execute, or null. */
    public final String kitWarningMessage() {
        return m_warningMessage;
    }

    /** Kit only: the node's logger with what it logged. */
    public final NodeLogger kitLogger() {
        return m_logger;
    }

    /** Kit only: {@code reset()} as KNIME calls it when the node is reset. */
    public final void kitReset() {
        reset();
    }
}
