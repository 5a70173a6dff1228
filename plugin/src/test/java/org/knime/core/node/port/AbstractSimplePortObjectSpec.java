package org.knime.core.node.port;

/**
 * Test-kit stand-in for {@code org.knime.core.node.port.AbstractSimplePortObjectSpec} (knime-core,
 * analytics-platform/5.8.2): the base of simple port object specs; its save/load methods are not part of the kit.
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    public AbstractSimplePortObjectSpec() {
    }
}
