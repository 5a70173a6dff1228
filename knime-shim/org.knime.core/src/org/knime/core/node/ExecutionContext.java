package org.knime.core.node;

import java.io.IOException;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.filestore.FileStore;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class ExecutionContext extends ExecutionMonitor {

    private ExecutionContext() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public FileStore createFileStore(final String relativePath) throws IOException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
