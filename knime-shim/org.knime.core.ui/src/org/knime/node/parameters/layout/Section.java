package org.knime.node.parameters.layout;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Shim of the KNIME annotation of the same name (compile only; never shipped). */
@Retention(RUNTIME)
@Target(TYPE)
public @interface Section {

    String title() default "";

    String description() default "";

    boolean sideDrawer() default false;
}
