package org.breastct.knime.node.segmenter;

import java.util.ArrayList;
import java.util.List;

import org.breastct.knime.data.FileStoreNames;
import org.breastct.knime.data.VolumeCell;
import org.breastct.knime.data.VolumeCellFactory;
import org.breastct.knime.data.Volumes;
import org.breastct.knime.node.AppendingNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.parallel.TaskExecutor;
import org.breastct.preprocessing.HuPlausibility;
import org.breastct.segmentation.BreastSegmenter;
import org.breastct.segmentation.SegmentationResult;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.volume.ShortVolume;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.breastct.knime.view.TableViewRows;
import org.breastct.knime.view.ViewRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.BufferedDataTableHolder;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Breast Segmenter: segments each row's HU image (engine {@link BreastSegmenter}) and appends the
 * label volume, the skin-fold volume (missing if none), the four flags, the stage times and the
 * engine's notes. A missing image gives missing cells; an image that does not look like HU
 * ({@link HuPlausibility}, as the CLI checks it) fails the node naming the row, unless that check
 * is switched off. Keeps its output table (an internal table, saved with the workflow) for the volume view.
 */
@SuppressWarnings({"restriction", "deprecation"})
final class SegmenterNodeModel extends AppendingNodeModel<SegmenterParameters, SegmenterSettings>
        implements BufferedDataTableHolder {

    /** The output table and the image column, for the view; guarded by this. */
    private BufferedDataTable m_viewTable;

    private String m_viewImageColumn;

    SegmenterNodeModel() {
        super(SegmenterNodeFactory.CONFIGURATION, SegmenterParameters.class);
    }

    @Override
    protected DataColumnSpec[] appendedColumns(final DataTableSpec in, final SegmenterParameters p,
            final SegmenterSettings s, final PortObjectSpec[] ports) throws InvalidSettingsException {
        Columns.volumeColumn(in, s.imageColumn(), "HU image column");
        List<DataColumnSpec> cols = new ArrayList<>();
        cols.add(Columns.column(SegmenterColumns.LABELS, VolumeCell.TYPE));
        cols.add(Columns.column(SegmenterColumns.FOLD, VolumeCell.TYPE));
        for (String f : SegmenterColumns.FLAGS) {
            cols.add(Columns.column(f, BooleanCell.TYPE));
        }
        for (String t : SegmenterColumns.TIMES) {
            cols.add(Columns.column(t, DoubleCell.TYPE));
        }
        cols.add(Columns.column(SegmenterColumns.NOTES, StringCell.TYPE));
        cols.add(Columns.column(SegmenterColumns.METHOD, StringCell.TYPE));
        return cols.toArray(new DataColumnSpec[0]);
    }

    @Override
    protected RowProcessor createProcessor(final DataTableSpec in, final SegmenterParameters p,
            final SegmenterSettings s, final PortObject[] ports, final ExecutionContext exec)
            throws InvalidSettingsException {
        int imageIdx = Columns.volumeColumn(in, s.imageColumn(), "HU image column");
        synchronized (this) {
            m_viewImageColumn = s.imageColumn();
        }
        SegmentationSettings engine = s.toEngine();
        return (row, rowIndex, rowExec, progress) -> {
            if (row.getCell(imageIdx).isMissing()) {
                DataCell[] missing = new DataCell[SegmenterColumns.count()];
                for (int i = 0; i < missing.length; i++) {
                    missing[i] = DataType.getMissingCell();
                }
                return missing;
            }
            ShortVolume image = Volumes.asImage(Columns.read(row, imageIdx, "HU image", progress.sub(0, 0.05)),
                    "HU image");
            if (s.huCheck()) {
                HuPlausibility.check(image, "HU image of row '" + row.getKey().getString() + "'");
            }
            SegmentationResult r;
            try (TaskExecutor executor = TaskExecutor.withThreads(s.threads())) {
                r = new BreastSegmenter(engine, executor).segment(image, progress.sub(0.05, 0.95));
            }
            List<DataCell> cells = new ArrayList<>();
            cells.add(VolumeCellFactory.create(rowExec, FileStoreNames.of(rowIndex, "labels"), r.labels(),
                    progress.sub(0.95, 0.99)));
            cells.add(r.fold() == null ? DataType.getMissingCell()
                    : VolumeCellFactory.create(rowExec, FileStoreNames.of(rowIndex, "fold"), r.fold(),
                            progress.sub(0.99, 1)));
            for (boolean b : new boolean[]{r.foldFound(), r.ribFound(), r.implantFound(), r.muscleFound()}) {
                cells.add(b ? BooleanCell.TRUE : BooleanCell.FALSE);
            }
            for (double t : SegmenterColumns.times(r.times())) {
                cells.add(new DoubleCell(t));
            }
            cells.add(r.notes().isEmpty() ? DataType.getMissingCell() : new StringCell(String.join("; ", r.notes())));
            cells.add(new StringCell(engine.method().id()));
            return cells.toArray(new DataCell[0]);
        };
    }

    @Override
    protected PortObject[] execute(final PortObject[] in, final ExecutionContext exec) throws Exception {
        PortObject[] out = super.execute(in, exec);
        synchronized (this) {
            m_viewTable = (BufferedDataTable) out[0];
        }
        return out;
    }

    /** The segmented breasts for the view (none before execution). */
    synchronized List<ViewRow> viewRows() {
        if (m_viewTable == null) {
            return List.of();
        }
        String image = TableViewRows.imageColumnOf(m_viewTable, m_viewImageColumn);
        return image == null ? List.of() : TableViewRows.of(m_viewTable, image, SegmenterColumns.LABELS);
    }

    @Override
    public synchronized BufferedDataTable[] getInternalTables() {
        return m_viewTable == null ? new BufferedDataTable[0] : new BufferedDataTable[]{m_viewTable};
    }

    @Override
    public synchronized void setInternalTables(final BufferedDataTable[] tables) {
        m_viewTable = tables != null && tables.length > 0 ? tables[0] : null;
    }

    @Override
    protected synchronized void reset() {
        super.reset();
        m_viewTable = null;
        m_viewImageColumn = null;
    }
}
