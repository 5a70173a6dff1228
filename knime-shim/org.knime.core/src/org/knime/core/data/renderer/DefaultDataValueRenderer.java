package org.knime.core.data.renderer;

import java.awt.Component;

import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

import org.knime.core.data.DataColumnSpec;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
@SuppressWarnings({"serial", "rawtypes"})
public class DefaultDataValueRenderer extends DefaultTableCellRenderer implements DataValueRenderer {

    public DefaultDataValueRenderer() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DefaultDataValueRenderer(final String description) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DefaultDataValueRenderer(final DataColumnSpec spec) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DefaultDataValueRenderer(final DataColumnSpec spec, final String description) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public String getDescription() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public Component getListCellRendererComponent(final JList list, final Object value, final int index,
            final boolean isSelected, final boolean cellHasFocus) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public Component getTableCellRendererComponent(final JTable table, final Object value, final boolean isSelected,
            final boolean hasFocus, final int row, final int column) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public Component getRendererComponent(final Object val) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public boolean accepts(final DataColumnSpec spec) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
