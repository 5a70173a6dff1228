package org.breastct.knime.util;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * Turns a location setting (a local path or a {@code file:} / {@code knime://} URL) into a local
 * path through KNIME's {@link FileUtil}.
 */
public final class Locations {

    private Locations() {
    }

    /**
     * The local path of {@code location}.
     *
     * @param what the setting's name for messages, e.g. "Input folder"
     * @throws InvalidSettingsException if it is empty, not a valid path/URL, or not local (e.g. a
     *     remote Hub mountpoint)
     */
    public static Path resolve(final String location, final String what) throws InvalidSettingsException {
        if (location == null || location.isBlank()) {
            throw new InvalidSettingsException(what + " is not set");
        }
        String loc = location.trim();
        Path p;
        try {
            URL url = FileUtil.toURL(loc);
            p = FileUtil.resolveToPath(url);
        } catch (MalformedURLException | InvalidPathException e) {
            throw new InvalidSettingsException(what + " '" + loc + "' is not a valid path or URL: " + e.getMessage(), e);
        } catch (IOException | URISyntaxException e) {
            throw new InvalidSettingsException(what + " '" + loc + "' cannot be resolved: " + e.getMessage(), e);
        }
        if (p == null) {
            throw new InvalidSettingsException(what + " '" + loc
                    + "' does not resolve to a local file or folder (remote locations are not supported)");
        }
        return p;
    }
}
