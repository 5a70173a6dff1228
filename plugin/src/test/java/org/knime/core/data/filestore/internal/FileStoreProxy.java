package org.knime.core.data.filestore.internal;

/**
 * Test-kit stand-in for {@code org.knime.core.data.filestore.internal.FileStoreProxy} (knime-core,
 * analytics-platform/5.8.2), only for its nested {@link FlushCallback}, which {@code FileStoreCell} implements in the
 * real source (the kit never flushes).
 */
public final class FileStoreProxy {

    public FileStoreProxy() {
    }

    /** Stand-in for {@code FileStoreProxy.FlushCallback}. */
    public interface FlushCallback {
    }
}
