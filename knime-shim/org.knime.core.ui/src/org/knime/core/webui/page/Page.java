package org.knime.core.webui.page;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.FluentNodeAPI;

/**
 * Shim of the KNIME class of the same name (compile only; never shipped). Subset: the file-page builder chain
 * and the getters of Resource.
 */
public sealed class Page implements Resource, FluentNodeAPI permits FromFilePage {

    Page() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static RequireFromFileOrString create() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of Page.RequireFromFileOrString (subset: fromFile). */
    public interface RequireFromFileOrString {

        RequireBundle fromFile();
    }

    /** Shim of Page.RequireBundle. */
    public interface RequireBundle {

        RequireBasePath bundleClass(Class<?> clazz);

        RequireBasePath bundleID(String bundleID);
    }

    /** Shim of Page.RequireBasePath. */
    public interface RequireBasePath {

        RequireRelativeFilePath basePath(String basePath);
    }

    /** Shim of Page.RequireRelativeFilePath. */
    public interface RequireRelativeFilePath {

        FromFilePage relativeFilePath(String relativeFilePath);
    }

    @Override
    public String getRelativePath() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public InputStream getInputStream() throws IOException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public boolean isStatic() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public boolean isCompletelyStatic() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public ContentType getContentType() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
