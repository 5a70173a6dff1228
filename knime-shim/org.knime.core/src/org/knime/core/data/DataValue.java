package org.knime.core.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataValue {

    /** Shim of DataValue.UtilityFactory. */
    public static class UtilityFactory {

        protected UtilityFactory() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }
}
