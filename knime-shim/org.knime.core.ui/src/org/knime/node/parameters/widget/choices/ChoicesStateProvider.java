package org.knime.node.parameters.widget.choices;

import java.util.List;
import org.knime.node.parameters.updates.StateProvider;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface ChoicesStateProvider<S> extends StateProvider<List<S>> {
}
