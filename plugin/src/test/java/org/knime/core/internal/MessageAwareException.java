package org.knime.core.internal;

/**
 * Test-kit stand-in for the interface {@code org.knime.core.internal.MessageAwareException} (knime-core,
 * analytics-platform/5.8.2), implemented by {@code CanceledExecutionException} as in the real source; its message
 * methods are not used by the nodes.
 */
public interface MessageAwareException {
}
