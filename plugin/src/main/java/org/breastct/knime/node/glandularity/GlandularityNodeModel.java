package org.breastct.knime.node.glandularity;

import java.util.List;

import org.breastct.analysis.GlandularityAnalysis;
import org.breastct.analysis.GlandularityResult;
import org.breastct.knime.data.Volumes;
import org.breastct.knime.node.AppendingNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Glandularity Calculator: appends HU_G, Seg_G and tissue volumes (engine: {@link GlandularityAnalysis}),
 * the skin fold volume counted from the optional fold column (as the CLI counts it from
 * {@code segmentation_fold_<uid>.npy}).
 */
final class GlandularityNodeModel extends AppendingNodeModel<GlandularityParameters, GlandularitySettings> {

    GlandularityNodeModel() {
        super(GlandularityNodeFactory.CONFIGURATION, GlandularityParameters.class);
    }

    @Override
    protected DataColumnSpec[] appendedColumns(final DataTableSpec in, final GlandularityParameters p,
            final GlandularitySettings s, final PortObjectSpec[] ports) throws InvalidSettingsException {
        Columns.volumeColumn(in, s.imageColumn(), "HU image column");
        Columns.volumeColumn(in, s.labelColumn(), "Label column");
        foldColumn(in, s);
        List<String> names = GlandularityColumns.names();
        DataColumnSpec[] cols = new DataColumnSpec[names.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = Columns.column(names.get(i), DoubleCell.TYPE);
        }
        return cols;
    }

    @Override
    protected RowProcessor createProcessor(final DataTableSpec in, final GlandularityParameters p,
            final GlandularitySettings s, final PortObject[] ports, final ExecutionContext exec)
            throws InvalidSettingsException {
        int imageIdx = Columns.volumeColumn(in, s.imageColumn(), "HU image column");
        int labelIdx = Columns.volumeColumn(in, s.labelColumn(), "Label column");
        int foldIdx = foldColumn(in, s);
        return (row, rowIndex, rowExec, progress) -> process(row, imageIdx, labelIdx, foldIdx, progress);
    }

    /** The fold column's index, or -1 when none is set or the table has no such column (no fold). */
    private static int foldColumn(final DataTableSpec in, final GlandularitySettings s)
            throws InvalidSettingsException {
        return in.findColumnIndex(s.foldColumn()) < 0 ? -1
                : Columns.optionalVolumeColumn(in, s.foldColumn(), "Skin fold column");
    }

    private static DataCell[] process(final DataRow row, final int imageIdx, final int labelIdx, final int foldIdx,
            final Progress progress) throws Exception {
        int n = GlandularityColumns.names().size();
        if (row.getCell(imageIdx).isMissing() || row.getCell(labelIdx).isMissing()) {
            DataCell[] missing = new DataCell[n];
            for (int i = 0; i < n; i++) {
                missing[i] = DataType.getMissingCell();
            }
            return missing;
        }
        ShortVolume image = Volumes.asImage(Columns.read(row, imageIdx, "HU image", progress.sub(0, 0.4)), "HU image");
        ByteVolume labels = Volumes.asCheckedLabels(
                Columns.read(row, labelIdx, "label volume", progress.sub(0.4, 0.6)), "label volume");
        MaskVolume fold = foldIdx < 0 || row.getCell(foldIdx).isMissing() ? null
                : Volumes.asMask(Columns.read(row, foldIdx, "skin fold mask", progress.sub(0.6, 0.7)),
                        "skin fold mask");
        GlandularityResult r = GlandularityAnalysis.analyse(image, labels, fold);
        progress.report(1, "done");
        double[] v = GlandularityColumns.values(r);
        DataCell[] cells = new DataCell[n];
        for (int i = 0; i < n; i++) {
            cells[i] = Double.isNaN(v[i]) ? DataType.getMissingCell() : new DoubleCell(v[i]);
        }
        return cells;
    }
}
