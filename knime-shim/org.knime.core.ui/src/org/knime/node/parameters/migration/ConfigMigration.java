package org.knime.node.parameters.migration;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class ConfigMigration<T> {

    private ConfigMigration() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static <T> Builder<T> builder(final ParametersLoader<T> loader) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of the nested KNIME class of the same name. */
    public static final class Builder<T> {

        public Builder(final ParametersLoader<T> loader) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public Builder<T> withDeprecatedConfigPath(final String... configKeys) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public ConfigMigration<T> build() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }
}
