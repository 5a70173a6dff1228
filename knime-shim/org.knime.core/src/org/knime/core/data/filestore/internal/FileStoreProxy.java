package org.knime.core.data.filestore.internal;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FileStoreProxy {

    public FileStoreProxy() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of FileStoreProxy.FlushCallback. */
    public interface FlushCallback {
    }
}
