package org.knime.core.data;

import java.io.DataInput;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataCellDataInput extends DataInput {
}
