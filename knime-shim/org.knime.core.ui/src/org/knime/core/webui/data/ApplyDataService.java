package org.knime.core.webui.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). Subset: only the type is used. */
public final class ApplyDataService<D> extends AbstractDataService {

    private ApplyDataService() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
