package org.knime.core.webui.data;

import java.util.Optional;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataServiceProvider {

    <D> Optional<InitialDataService<D>> createInitialDataService();

    Optional<RpcDataService> createRpcDataService();

    <D> Optional<ApplyDataService<D>> createApplyDataService();
}
