package org.knime.core.node.port;

/**
 * Test-kit stand-in for {@code org.knime.core.node.port.PortType} (knime-core, analytics-platform/5.8.2): the port
 * object class, its spec class and whether the port is optional. Mirrors what {@code NodeModel.configureModel} and
 * {@code executeModel} read at the tag ({@code getPortObjectClass()}, {@code getPortObjectSpecClass()},
 * {@code isOptional()}); equal by the port object class alone, as the real {@code equals} (an optional table port
 * equals {@code BufferedDataTable.TYPE}). The real types come from
 * {@code PortTypeRegistry}; here the constants of the port object classes create them with the public kit
 * constructor.
 */
public final class PortType {

    private final Class<? extends PortObject> m_objectClass;

    private final Class<? extends PortObjectSpec> m_specClass;

    private final boolean m_optional;

    /** Kit only (the real constructor is package-private and used by the registry). */
    public PortType(final Class<? extends PortObject> objectClass, final Class<? extends PortObjectSpec> specClass,
        final boolean optional) {
        m_objectClass = objectClass;
        m_specClass = specClass;
        m_optional = optional;
    }

    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return m_specClass;
    }

    public boolean isOptional() {
        return m_optional;
    }

    /** The same port type, optional (kit only: the real registry's {@code getPortType(class, true)}). */
    public PortType optional() {
        return m_optional ? this : new PortType(m_objectClass, m_specClass, true);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof PortType t && t.m_objectClass == m_objectClass;
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode();
    }

    @Override
    public String toString() {
        return m_objectClass.getSimpleName() + (m_optional ? " (optional)" : "");
    }
}
