package org.knime.filehandling.core.data.location;

import org.knime.core.data.meta.DataColumnMetaData;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FSLocationValueMetaData implements DataColumnMetaData {

    public FSLocationValueMetaData(final String fileSystemType, final String fileSystemSpecifier) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
