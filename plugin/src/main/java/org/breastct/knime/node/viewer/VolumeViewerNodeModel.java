package org.breastct.knime.node.viewer;

import java.util.List;

import org.breastct.knime.node.Columns;
import org.breastct.knime.view.TableViewRows;
import org.breastct.knime.view.ViewRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.BufferedDataTableHolder;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.webui.node.impl.WebUINodeModel;

/**
 * Breast CT Volume Viewer: checks the columns and keeps the input table for the view (as an internal
 * table, so the view works again after the workflow is saved and loaded). Reads no voxels.
 */
@SuppressWarnings({"restriction", "deprecation"})
final class VolumeViewerNodeModel extends WebUINodeModel<VolumeViewerParameters> implements BufferedDataTableHolder {

    private BufferedDataTable m_table;

    private String m_imageColumn;

    private String m_labelColumn;

    VolumeViewerNodeModel() {
        super(VolumeViewerNodeFactory.CONFIGURATION, VolumeViewerParameters.class);
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs, final VolumeViewerParameters p)
            throws InvalidSettingsException {
        check(inSpecs[0], p);
        return new DataTableSpec[0];
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec,
            final VolumeViewerParameters p) throws Exception {
        check(inData[0].getDataTableSpec(), p);
        synchronized (this) {
            m_table = inData[0];
            m_imageColumn = p.imageColumn();
            m_labelColumn = p.labelColumn();
        }
        return new BufferedDataTable[0];
    }

    private static void check(final DataTableSpec spec, final VolumeViewerParameters p)
            throws InvalidSettingsException {
        Columns.volumeColumn(spec, p.imageColumn(), "HU image column");
        if (p.labelColumn() != null) {
            Columns.volumeColumn(spec, p.labelColumn(), "Label column");
        }
    }

    /** The rows the view shows (none before execution). */
    synchronized List<ViewRow> viewRows() {
        if (m_table == null) {
            return List.of();
        }
        String image = m_imageColumn != null ? m_imageColumn
            : TableViewRows.imageColumnOf(m_table, null);
        String labels = m_imageColumn != null ? m_labelColumn
            : m_table.getDataTableSpec().containsName("labels") ? "labels" : null;
        return image == null ? List.of() : TableViewRows.of(m_table, image, labels);
    }

    @Override
    public synchronized BufferedDataTable[] getInternalTables() {
        return m_table == null ? new BufferedDataTable[0] : new BufferedDataTable[]{m_table};
    }

    @Override
    public synchronized void setInternalTables(final BufferedDataTable[] tables) {
        m_table = tables != null && tables.length > 0 ? tables[0] : null;
        m_imageColumn = null; // after loading: found in the table (see TableViewRows.imageColumnOf)
        m_labelColumn = null;
    }

    @Override
    protected synchronized void reset() {
        m_table = null;
        m_imageColumn = null;
        m_labelColumn = null;
    }
}
