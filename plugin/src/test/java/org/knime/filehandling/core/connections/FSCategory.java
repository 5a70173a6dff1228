package org.knime.filehandling.core.connections;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.connections.FSCategory} (knime-filehandling-core,
 * analytics-platform/5.8.2): the same constants with the same labels, in the same order.
 */
public enum FSCategory {
    LOCAL("Local File System"),
    RELATIVE("Relative to"),
    MOUNTPOINT("Mountpoint"),
    HUB_SPACE("Hub Space"),
    CUSTOM_URL("Custom/KNIME URL"),
    CONNECTED("");

    private final String m_label;

    FSCategory(final String label) {
        m_label = label;
    }

    public String getLabel() {
        return m_label;
    }
}
