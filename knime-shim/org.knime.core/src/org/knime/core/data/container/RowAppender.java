package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface RowAppender {

    public void addRowToTable(final DataRow row);
}
