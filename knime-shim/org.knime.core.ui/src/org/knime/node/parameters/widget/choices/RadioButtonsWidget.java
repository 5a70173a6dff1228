package org.knime.node.parameters.widget.choices;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Shim of the KNIME annotation of the same name (compile only; never shipped). */
@Retention(RUNTIME)
@Target(FIELD)
public @interface RadioButtonsWidget {

    boolean horizontal() default false;
}
