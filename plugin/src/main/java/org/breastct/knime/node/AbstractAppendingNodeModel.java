package org.breastct.knime.node;

import java.util.ArrayList;
import java.util.List;

import org.breastct.knime.settings.KnimeSettings;
import org.breastct.knime.settings.NodeSettingsRecord;
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

/**
 * A node with one input table and one output table that keeps every input row and appends columns
 * computed per row (one breast per row). Progress: each row gets an equal share; cancellation is
 * checked between rows and, through {@link KnimeProgress}, inside the engine. A failure names the
 * row id.
 *
 * @param <S> the settings class
 */
public abstract class AbstractAppendingNodeModel<S extends NodeSettingsRecord> extends AbstractBreastCtNodeModel<S> {

    protected AbstractAppendingNodeModel(final S defaults, final KnimeSettings.Loader<S> loader) {
        super(1, 1, defaults, loader);
    }

    /** The appended columns; checks the input columns and settings. */
    protected abstract DataColumnSpec[] appendedColumns(DataTableSpec in, S s) throws InvalidSettingsException;

    /**
     * The per-execution worker that computes the appended cells of each row. Made once per
     * execution (it may keep state of that execution, e.g. names already written), then dropped.
     */
    protected abstract RowProcessor createProcessor(DataTableSpec in, S s, ExecutionContext exec)
            throws InvalidSettingsException;

    /** Computes the appended cells of one row. */
    @FunctionalInterface
    protected interface RowProcessor {
        /**
         * The appended cells of one row, as many as {@link #appendedColumns}.
         *
         * @param rowIndex 0-based index of the row (for unique file store names)
         * @param rowExec the row's share of the execution (create file stores here)
         * @param progress the row's progress, checked for cancellation
         */
        DataCell[] process(DataRow row, long rowIndex, ExecutionContext rowExec, Progress progress) throws Exception;
    }

    @Override
    protected final DataTableSpec outputSpec(final DataTableSpec in, final S s) throws InvalidSettingsException {
        if (in == null) {
            throw new InvalidSettingsException("no input table");
        }
        DataColumnSpec[] added = appendedColumns(in, s);
        for (DataColumnSpec c : added) {
            if (in.containsName(c.getName())) {
                throw new InvalidSettingsException("the input table already has a column '" + c.getName()
                        + "', which this node appends; rename or remove it first");
            }
        }
        return new DataTableSpec(in, new DataTableSpec(added));
    }

    @Override
    protected final BufferedDataTable run(final BufferedDataTable in, final DataTableSpec outSpec, final S s,
            final ExecutionContext exec) throws Exception {
        DataTableSpec inSpec = in.getDataTableSpec();
        RowProcessor processor = createProcessor(inSpec, s, exec);
        BufferedDataContainer out = exec.createDataContainer(outSpec);
        try {
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
