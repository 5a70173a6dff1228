package org.knime.filehandling.core.connections;

import java.util.Set;

/** Shim of the KNIME enum of the same name (compile only; never shipped). */
public enum FSCategory {
        LOCAL("Local File System"),
        RELATIVE("Relative to"),
        MOUNTPOINT("Mountpoint"),
        HUB_SPACE("Hub Space"),
        CUSTOM_URL("Custom/KNIME URL"),
        CONNECTED("");

    private FSCategory(final String label) {
    }

    public String getLabel() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static Set<FSCategory> getStandardFSCategories() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static Set<FSCategory> getStandardNonTrivialFSCategories() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
