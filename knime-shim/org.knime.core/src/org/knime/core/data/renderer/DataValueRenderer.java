package org.knime.core.data.renderer;

import java.awt.Component;
import java.awt.Dimension;

import javax.swing.ListCellRenderer;
import javax.swing.table.TableCellRenderer;

import org.knime.core.data.DataColumnSpec;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
@SuppressWarnings("rawtypes")
public interface DataValueRenderer extends TableCellRenderer, ListCellRenderer {

    String getDescription();

    Dimension getPreferredSize();

    Component getRendererComponent(final Object val);

    boolean accepts(final DataColumnSpec spec);
}
