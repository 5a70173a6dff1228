package org.knime.core.webui.page;

import java.io.IOException;
import java.io.InputStream;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface Resource {

    /** Shim of Resource.ContentType. */
    enum ContentType {
        HTML,
        SHADOW_APP,
        SVG,
        PNG;
    }

    String getRelativePath();

    InputStream getInputStream() throws IOException;

    boolean isStatic();

    ContentType getContentType();
}
