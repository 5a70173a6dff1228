package org.breastct.knime.node;

import java.util.ArrayList;
import java.util.List;

import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.util.KnimeProgress;
import org.breastct.knime.util.Messages;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;

/**
 * A node whose input table (port 0) and output table have one row per breast: it keeps every
 * input row and appends columns computed per row. Further input ports (the writers' optional File
 * System port) come after the table. Progress: each row gets an equal share; cancellation is
 * checked between rows and, through {@link KnimeProgress}, inside the engine. A failure names the
 * row id.
 *
 * @param <P> the node's parameters
 * @param <S> the validated settings
 */
@SuppressWarnings({"restriction", "deprecation"})
public abstract class AppendingNodeModel<P extends BreastCtParameters<S>, S> extends BreastCtNodeModel<P, S> {

    /** A node with exactly the table ports of its configuration. */
    protected AppendingNodeModel(final WebUINodeConfiguration configuration, final Class<P> parameters) {
        super(configuration, parameters);
    }

    /** A node with the ports of its port configuration; the table is port 0. */
    protected AppendingNodeModel(final PortType[] in, final PortType[] out, final Class<P> parameters) {
        super(in, out, parameters);
    }

    /**
     * The appended columns; checks the input columns and settings.
     *
     * @param ports all input specs (the table is {@code ports[0]}; an unconnected optional port is null)
     */
    protected abstract DataColumnSpec[] appendedColumns(DataTableSpec in, P p, S s, PortObjectSpec[] ports)
            throws InvalidSettingsException;

    /**
     * The per-execution worker that computes the appended cells of each row. Made once per
     * execution (it may keep state of that execution, e.g. names already written, an open file
     * system connection), closed after the last row or a failure.
     *
     * @param ports all input objects (the table is {@code ports[0]})
     */
    protected abstract RowProcessor createProcessor(DataTableSpec in, P p, S s, PortObject[] ports,
            ExecutionContext exec) throws InvalidSettingsException;

    /** Computes the appended cells of one row. */
    @FunctionalInterface
    protected interface RowProcessor extends AutoCloseable {
        /**
         * The appended cells of one row, as many as {@link #appendedColumns}.
         *
         * @param rowIndex 0-based index of the row (for unique file store names)
         * @param rowExec the row's share of the execution (create file stores here)
         * @param progress the row's progress, checked for cancellation
         */
        DataCell[] process(DataRow row, long rowIndex, ExecutionContext rowExec, Progress progress) throws Exception;

        /** Releases what the execution held; nothing by default. */
        @Override
        default void close() throws Exception {
            // nothing held
        }
    }

    @Override
    protected final DataTableSpec outputSpec(final PortObjectSpec[] ports, final P p, final S s)
            throws InvalidSettingsException {
        DataTableSpec in = tableSpec(ports, 0);
        if (in == null) {
            throw new InvalidSettingsException("no input table");
        }
        DataColumnSpec[] added = appendedColumns(in, p, s, ports);
        for (DataColumnSpec c : added) {
            if (in.containsName(c.getName())) {
                throw new InvalidSettingsException("the input table already has a column '" + c.getName()
                        + "', which this node appends; rename or remove it first");
            }
        }
        return new DataTableSpec(in, new DataTableSpec(added));
    }

    @Override
    protected final BufferedDataTable run(final PortObject[] ports, final DataTableSpec outSpec, final P p,
            final S s, final ExecutionContext exec) throws Exception {
        BufferedDataTable in = (BufferedDataTable)ports[0];
        BufferedDataContainer out = exec.createDataContainer(outSpec);
        try (RowProcessor processor = createProcessor(in.getDataTableSpec(), p, s, ports, exec)) {
            long n = in.size();
            long i = 0;
            for (DataRow row : in) {
                exec.checkCanceled();
                String id = row.getKey().getString();
                ExecutionContext rowExec = exec.createSubExecutionContext(1.0 / Math.max(1, n));
                Progress progress = KnimeProgress.of(rowExec, "Row " + (i + 1) + "/" + n + " '" + id + "'");
                DataCell[] added;
                try {
                    added = processor.process(row, i, rowExec, progress);
                } catch (CanceledExecutionException | CancelledException e) {
                    throw e;
                } catch (Exception e) {
                    getLogger().warn(Messages.rowError(id, e), e);
                    throw new Exception(Messages.rowError(id, e), e);
                }
                List<DataCell> cells = new ArrayList<>(row.getNumCells() + added.length);
                for (int c = 0; c < row.getNumCells(); c++) {
                    cells.add(row.getCell(c));
                }
                for (DataCell c : added) {
                    cells.add(c);
                }
                out.addRowToTable(new DefaultRow(row.getKey(), cells));
                rowExec.setProgress(1.0);
                i++;
            }
        } finally {
            out.close();
        }
        return out.getTable();
    }
}
