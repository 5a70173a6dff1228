package org.knime.core.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class ExtensibleUtilityFactory extends DataValue.UtilityFactory {

    public ExtensibleUtilityFactory(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public abstract String getName();
}
