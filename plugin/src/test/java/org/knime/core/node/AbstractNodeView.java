package org.knime.core.node;

/**
 * Test-kit stand-in for {@code org.knime.core.node.AbstractNodeView} (knime-core, analytics-platform/5.8.2), only
 * for its nested {@link ViewableModel}, which {@code NodeModel} implements in the real source (views are not part of
 * the kit).
 *
 * @param <T> the model
 */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

    AbstractNodeView() {
    }

    /** Stand-in for {@code AbstractNodeView.ViewableModel}. */
    public static interface ViewableModel {
    }
}
