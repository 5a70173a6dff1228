package org.knime.core.internal;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class SerializerMethodLoader {

    private SerializerMethodLoader() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of SerializerMethodLoader.Serializer. */
    public static interface Serializer<T> {
    }
}
