package org.breastct.knime.parameters;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;

/**
 * The parameters of one of our nodes (KNIME's web dialog, flow variables and settings.xml keys)
 * that turn into the node's validated, immutable settings value {@code S} (plain Java, checked in
 * its constructor). {@link #validate()} runs that check, so KNIME rejects bad values however they
 * arrive: from the dialog, a flow variable, or an old workflow (the dialog's own input checks do not
 * run for the latter two).
 *
 * @param <S> the settings value the node model works with
 */
public interface BreastCtParameters<S> extends NodeParameters {

    /**
     * The validated settings.
     *
     * @throws IllegalArgumentException naming the setting and the bad value
     */
    S toSettings();

    @Override
    default void validate() throws InvalidSettingsException {
        settingsOf(this);
    }

    /** {@link #toSettings()}, with a bad value reported as KNIME's {@link InvalidSettingsException}. */
    static <S> S settingsOf(final BreastCtParameters<S> parameters) throws InvalidSettingsException {
        try {
            return parameters.toSettings();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
