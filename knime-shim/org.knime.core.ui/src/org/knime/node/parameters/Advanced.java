package org.knime.node.parameters;

import java.lang.annotation.Retention;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Shim of the KNIME annotation of the same name (compile only; never shipped). */
@Retention(RUNTIME)
public @interface Advanced {
}
