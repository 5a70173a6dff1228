package org.knime.core.node.port;

/**
 * Test-kit stand-in for {@code org.knime.core.node.port.AbstractSimplePortObject} (knime-core,
 * analytics-platform/5.8.2): the base of simple port objects; its save/load methods are not part of the kit.
 */
public abstract class AbstractSimplePortObject implements PortObject {

    public AbstractSimplePortObject() {
    }
}
