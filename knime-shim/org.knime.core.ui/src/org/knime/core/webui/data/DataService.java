package org.knime.core.webui.data;

import java.util.Optional;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataService {

    Optional<Runnable> disposeRunnable();

    Optional<Runnable> deactivateRunnable();

    /** Shim of DataService.DataServiceBuilder. */
    interface DataServiceBuilder {

        DataServiceBuilder onDispose(final Runnable dispose);

        DataServiceBuilder onDeactivate(final Runnable deactivate);
    }
}
