package org.knime.core.data.filestore;

import org.knime.core.data.DataCell;
import org.knime.core.data.filestore.internal.FileStoreProxy.FlushCallback;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class FileStoreCell extends DataCell implements FlushCallback {

    private static final long serialVersionUID = 1L;

    protected FileStoreCell(final FileStore fileStore) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected FileStoreCell() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected FileStore[] getFileStores() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
