package org.breastct.knime.parameters;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileSelection;
import org.knime.filehandling.core.connections.FSCategory;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.connections.FSLocationUtil;
import org.knime.node.parameters.migration.ConfigMigration;
import org.knime.node.parameters.migration.NodeParametersMigration;

/**
 * Loads a file location that a Swing-era node saved as a plain path or URL string under
 * {@link #oldKey()} into a {@link FileSelection} (see {@link LegacyPaths}); the new field is saved
 * under a new key (a file selection is a config, not a string). Declaring the old key as deprecated
 * config path keeps flow variables that old workflows bound to it working. One subclass with a
 * no-argument constructor per field (KNIME instantiates migrations reflectively).
 *
 * <p>{@code FileSelection} is internal KNIME API (x-internal); KNIME's own 5.8 file readers with web
 * dialogs use it.
 */
@SuppressWarnings("restriction")
public abstract class LegacyPathMigration implements NodeParametersMigration<FileSelection> {

    private final String oldKey;

    /** @param oldKey the key of the old string setting */
    protected LegacyPathMigration(final String oldKey) {
        this.oldKey = oldKey;
    }

    /** The key of the old string setting. */
    public final String oldKey() {
        return oldKey;
    }

    @Override
    public List<ConfigMigration<FileSelection>> getConfigMigrations() {
        return List.of(ConfigMigration.<FileSelection> builder(s -> toFileSelection(s.getString(oldKey)))
                .withDeprecatedConfigPath(oldKey).build());
    }

    /**
     * The file selection of an old location string.
     *
     * @throws InvalidSettingsException if it is a URL KNIME cannot convert
     */
    static FileSelection toFileSelection(final String location) throws InvalidSettingsException {
        String s = location == null ? "" : location.trim();
        switch (LegacyPaths.kind(s)) {
            case URL:
                try {
                    return new FileSelection(FSLocationUtil.createFromURL(s));
                } catch (IllegalArgumentException e) {
                    throw new InvalidSettingsException("The location '" + s + "' of an older version of this node "
                            + "cannot be converted: " + e.getMessage(), e);
                }
            case LOCAL_PATH:
            case EMPTY:
            default:
                return new FileSelection(new FSLocation(FSCategory.LOCAL, s));
        }
    }
}
