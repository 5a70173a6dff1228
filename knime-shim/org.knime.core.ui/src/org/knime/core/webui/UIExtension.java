package org.knime.core.webui;

import org.knime.core.webui.page.Page;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface UIExtension {

    Page getPage();
}
