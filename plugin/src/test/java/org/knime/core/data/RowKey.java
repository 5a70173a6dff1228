package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.RowKey} (knime-core, analytics-platform/5.8.2): a non-null row id
 * string ({@code NullPointerException} for null, as the real constructor), equal by string. Checked in RowKey.java at
 * the tag.
 */
public final class RowKey implements RowKeyValue {

    private final String m_id;

    public RowKey(final String id) {
        if (id == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_id = id;
    }

    @Override
    public String getString() {
        return m_id;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof RowKey k && m_id.equals(k.m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }

    @Override
    public String toString() {
        return m_id;
    }
}
