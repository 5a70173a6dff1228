package org.knime.core.node.wizard.page;

/**
 * Shim of the KNIME interface of the same name (compile only; never shipped). Subset: the abstract methods on
 * NativeNodeContainer are left out; NodeViewFactory implements them as default methods in KNIME.
 */
public interface WizardPageContribution {

    default boolean hasNodeView() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
