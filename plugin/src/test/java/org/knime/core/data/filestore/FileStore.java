package org.knime.core.data.filestore;

import java.io.File;

/**
 * Test-kit stand-in for {@code org.knime.core.data.filestore.FileStore} (knime-core, analytics-platform/5.8.2): a
 * file reserved for a node, {@link #getFile()} its location. As in the real class (checked in FileStore.java and
 * {@code WriteFileStoreHandler.createFileStore} at the tag) the file itself is not created, only its parent folder;
 * the node writes it. The kit's {@code ExecutionContext.createFileStore} makes them in the execution's temporary
 * file store folder.
 */
public final class FileStore {

    private final File m_file;

    private FileStore(final File file) {
        m_file = file;
    }

    /** Kit only: the file store at {@code file} (the real ones come from the node's file store handler). */
    public static FileStore kitCreate(final File file) {
        return new FileStore(file);
    }

    public File getFile() {
        return m_file;
    }

    @Override
    public String toString() {
        return m_file.getName();
    }
}
