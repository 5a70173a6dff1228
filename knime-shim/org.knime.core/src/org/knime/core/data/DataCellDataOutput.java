package org.knime.core.data;

import java.io.DataOutput;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataCellDataOutput extends DataOutput {
}
