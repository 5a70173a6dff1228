package org.knime.core.webui.page;

/** Shim of the KNIME class of the same name (compile only; never shipped). Subset. */
public sealed class FromFilePage extends Page permits ReusablePage {

    FromFilePage() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public FromFilePage addResourceFile(final String relativeFilePath) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public FromFilePage addResourceDirectory(final String relativeDirPath) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
