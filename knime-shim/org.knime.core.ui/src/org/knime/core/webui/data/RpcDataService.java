package org.knime.core.webui.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class RpcDataService extends AbstractDataService {

    private RpcDataService() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public String handleRpcRequest(final String request) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static <S> RpcDataServiceBuilder builder(final S handler) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static RpcDataServiceBuilder builder() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of RpcDataService.RpcDataServiceBuilder. */
    public static final class RpcDataServiceBuilder extends AbstractDataServiceBuilder {

        private RpcDataServiceBuilder() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public RpcDataServiceBuilder addService(final String name, final Object handler) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        @Override
        public RpcDataServiceBuilder onDispose(final Runnable dispose) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        @Override
        public RpcDataServiceBuilder onDeactivate(final Runnable deactivate) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public RpcDataService build() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }
}
