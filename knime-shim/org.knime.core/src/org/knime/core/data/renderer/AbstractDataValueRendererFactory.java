package org.knime.core.data.renderer;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class AbstractDataValueRendererFactory implements DataValueRendererFactory {

    public AbstractDataValueRendererFactory() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public final String getId() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
