package org.knime.core.util;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FileUtil {

    private FileUtil() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
