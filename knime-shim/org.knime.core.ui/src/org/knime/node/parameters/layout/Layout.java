package org.knime.node.parameters.layout;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Shim of the KNIME annotation of the same name (compile only; never shipped). */
@Retention(RetentionPolicy.RUNTIME)
public @interface Layout {

    Class<?> value();
}
