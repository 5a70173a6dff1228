package org.knime.core.node.config.base;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface ConfigBaseWO {

    void addString(String key, String value);

    void addInt(String key, int value);

    void addDouble(String key, double value);

    void addBoolean(String key, boolean value);
}
