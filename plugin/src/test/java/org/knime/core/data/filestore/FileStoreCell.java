package org.knime.core.data.filestore;

import org.knime.core.data.DataCell;
import org.knime.core.data.filestore.internal.FileStoreProxy.FlushCallback;

/**
 * Test-kit stand-in for {@code org.knime.core.data.filestore.FileStoreCell} (knime-core, analytics-platform/5.8.2):
 * a cell backed by file stores. Mirrors the constructors (one file store; none, for deserialisation, the framework
 * attaching the stores afterwards) and {@code getFileStores()}. As in the real class, {@code equalsDataCell} compares
 * the file stores and {@code toString()} names them; subclasses such as the volume cell override both. Checked in
 * FileStoreCell.java at the tag (the real one also handles several stores and flushing; not used).
 */
public abstract class FileStoreCell extends DataCell implements FlushCallback {

    private static final long serialVersionUID = 1L;

    private FileStore[] m_fileStores;

    protected FileStoreCell(final FileStore fileStore) {
        m_fileStores = new FileStore[]{fileStore};
    }

    protected FileStoreCell() {
        m_fileStores = new FileStore[0];
    }

    protected FileStore[] getFileStores() {
        return m_fileStores;
    }

    /** Kit only: the framework's re-attaching of file stores after deserialisation. */
    public final void kitSetFileStores(final FileStore... stores) {
        m_fileStores = stores.clone();
    }

    @Override
    public String toString() {
        return java.util.Arrays.toString(m_fileStores);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        FileStore[] other = ((FileStoreCell)dc).m_fileStores;
        if (other.length != m_fileStores.length) {
            return false;
        }
        for (int i = 0; i < other.length; i++) {
            if (!other[i].getFile().equals(m_fileStores[i].getFile())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return m_fileStores.length == 0 ? 0 : m_fileStores[0].getFile().hashCode();
    }
}
