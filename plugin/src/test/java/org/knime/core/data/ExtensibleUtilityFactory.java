package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.ExtensibleUtilityFactory} (knime-core, analytics-platform/5.8.2):
 * keeps the value class and the abstract {@link #getName()}. The real constructor registers the factory for the
 * preferences of renderers; nothing of that is used when nodes run, checked in the real source.
 */
public abstract class ExtensibleUtilityFactory extends DataValue.UtilityFactory {

    private final Class<? extends DataValue> m_valueClass;

    public ExtensibleUtilityFactory(final Class<? extends DataValue> valueClass) {
        m_valueClass = valueClass;
    }

    /** The value class (as the real {@code getValueClass()}). */
    public Class<? extends DataValue> getValueClass() {
        return m_valueClass;
    }

    public abstract String getName();
}
