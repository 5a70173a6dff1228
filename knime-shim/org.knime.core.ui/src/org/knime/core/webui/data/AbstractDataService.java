package org.knime.core.webui.data;

import java.util.Optional;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class AbstractDataService implements DataService {

    AbstractDataService() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public Optional<Runnable> disposeRunnable() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public Optional<Runnable> deactivateRunnable() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of AbstractDataService.AbstractDataServiceBuilder. */
    public abstract static class AbstractDataServiceBuilder implements DataServiceBuilder {

        AbstractDataServiceBuilder() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        @Override
        public DataServiceBuilder onDispose(final Runnable dispose) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        @Override
        public DataServiceBuilder onDeactivate(final Runnable deactivate) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }
}
