package org.knime.core.webui.page;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class ReusablePage extends FromFilePage {

    ReusablePage() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public String getPageId() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
