package org.knime.node.parameters.widget.choices;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface TypedStringChoicesProvider extends ChoicesStateProvider<TypedStringChoice> {
}
