package org.knime.node.parameters.widget.choices;

/** Shim of the KNIME record of the same name (compile only; never shipped). */
public record TypedStringChoice(String id, String text, PossibleTypeValue type) {

    /** Shim of the nested KNIME record of the same name. */
    public static record PossibleTypeValue(String id, String text) {
    }
}
