package org.breastct.knime.settings;

/**
 * A node's settings as one immutable value: a static {@code load(SettingsReader)} parses and checks
 * them (the node model is given it as a method reference), {@link #save} writes every key.
 */
public interface NodeSettingsRecord {

    /** Writes every key of these settings. */
    void save(SettingsWriter writer);
}
