package org.knime.core.node;

import org.knime.core.node.AbstractNodeView.ViewableModel;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class AbstractNodeView<T extends ViewableModel> {

    AbstractNodeView() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of AbstractNodeView.ViewableModel. */
    public static interface ViewableModel {
    }
}
