package org.knime.core.webui.data;

import java.io.IOException;
import java.util.function.Supplier;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class InitialDataService<D> extends AbstractDataService {

    private InitialDataService() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public String getInitialData() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static <D> InitialDataServiceBuilder<D> builder(final Supplier<D> dataSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of InitialDataService.InitialDataServiceBuilder. */
    public static final class InitialDataServiceBuilder<D> extends AbstractDataServiceBuilder {

        private InitialDataServiceBuilder() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        @Override
        public InitialDataServiceBuilder<D> onDispose(final Runnable dispose) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        @Override
        public InitialDataServiceBuilder<D> onDeactivate(final Runnable deactivate) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public InitialDataServiceBuilder<D> serializer(final Serializer<D> serializer) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public InitialDataService<D> build() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }

    /** Shim of InitialDataService.Serializer. */
    public interface Serializer<D> {

        String serialize(D obj) throws IOException;
    }
}
