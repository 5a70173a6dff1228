package org.knime.core.webui.node.view;

import org.knime.core.node.NodeModel;
import org.knime.core.node.wizard.page.WizardPageContribution;

/**
 * Shim of the KNIME interface of the same name (compile only; never shipped). Subset: KNIME's default
 * implementations of the WizardPageContribution methods are left out.
 */
public interface NodeViewFactory<T extends NodeModel> extends WizardPageContribution {

    NodeView createNodeView(T nodeModel);
}
