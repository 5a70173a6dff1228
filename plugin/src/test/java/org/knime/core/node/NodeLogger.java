package org.knime.core.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test-kit stand-in for {@code org.knime.core.node.NodeLogger} (knime-core, analytics-platform/5.8.2): the logger a
 * node gets from {@code NodeModel.getLogger()}. Mirrors {@code warn(Object, Throwable)}, {@code warn(Object)},
 * {@code info}, {@code debug}, {@code error}; instead of writing to KNIME's log it keeps the messages
 * ({@link #kitMessages()}, kit only) so tests can assert what a node logged.
 */
public final class NodeLogger {

    private final List<String> m_messages = Collections.synchronizedList(new ArrayList<>());

    private final String m_name;

    private NodeLogger(final String name) {
        m_name = name;
    }

    /** As the real factory method: a logger named after the class. */
    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger(c.getName());
    }

    public void warn(final Object o, final Throwable t) {
        m_messages.add("WARN " + o + (t == null ? "" : " [" + t + "]"));
    }

    public void warn(final Object o) {
        warn(o, null);
    }

    public void info(final Object o) {
        m_messages.add("INFO " + o);
    }

    public void debug(final Object o) {
        m_messages.add("DEBUG " + o);
    }

    public void error(final Object o) {
        m_messages.add("ERROR " + o);
    }

    public void error(final Object o, final Throwable t) {
        m_messages.add("ERROR " + o + (t == null ? "" : " [" + t + "]"));
    }

    /** Kit only: everything logged so far, oldest first, each prefixed with its level. */
    public List<String> kitMessages() {
        return List.copyOf(m_messages);
    }

    @Override
    public String toString() {
        return m_name;
    }
}
