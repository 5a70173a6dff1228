package org.knime.core.webui.node.dialog.defaultdialog;

import org.knime.core.webui.UIExtension;
import org.knime.core.webui.page.Page;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface DefaultNodeDialogUIExtension extends UIExtension {

    @Override
    default Page getPage() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
