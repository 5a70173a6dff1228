package org.knime.node.parameters.persistence;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Shim of the KNIME annotation of the same name (compile only; never shipped). */
@Retention(RUNTIME)
@Target({TYPE, FIELD})
public @interface Persistor {

    @SuppressWarnings("rawtypes")
    Class<? extends NodeParametersPersistor> value();
}
