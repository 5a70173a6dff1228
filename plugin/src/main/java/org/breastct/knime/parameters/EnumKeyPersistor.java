package org.breastct.knime.parameters;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.node.parameters.persistence.NodeParametersPersistor;

/**
 * Stores an enum parameter as the lower-case string the Swing-era node wrote under the same key
 * ({@link EnumKeys}), so old workflows and string flow variables ({@code "overlay"}) keep working;
 * KNIME's default would store {@code name()}. One subclass with a no-argument constructor per
 * enum field (KNIME instantiates persistors reflectively).
 *
 * @param <E> the enum
 */
public abstract class EnumKeyPersistor<E extends Enum<E>> implements NodeParametersPersistor<E> {

    private final Class<E> type;

    private final String configKey;

    private final String label;

    /**
     * @param configKey the settings key (the old SettingsModelString key)
     * @param label the setting's title, for messages
     */
    protected EnumKeyPersistor(final Class<E> type, final String configKey, final String label) {
        this.type = type;
        this.configKey = configKey;
        this.label = label;
    }

    @Override
    public E load(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            return parse(settings.getString(configKey));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** The constant for a stored value; override to accept legacy aliases. */
    protected E parse(final String value) {
        return EnumKeys.parse(type, value, label);
    }

    @Override
    public void save(final E param, final NodeSettingsWO settings) {
        settings.addString(configKey, EnumKeys.key(param));
    }

    @Override
    public String[][] getConfigPaths() {
        return new String[][]{{configKey}};
    }
}
