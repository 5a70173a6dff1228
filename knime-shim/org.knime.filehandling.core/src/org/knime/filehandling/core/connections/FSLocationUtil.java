package org.knime.filehandling.core.connections;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FSLocationUtil {

    private FSLocationUtil() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static FSLocation createFromURL(final String url) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
