package org.knime.core.webui.node.dialog.defaultdialog.internal.file;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Shim of the KNIME annotation of the same name (compile only; never shipped). */
@Retention(RUNTIME)
@Target(FIELD)
public @interface FileWriterWidget {

    String fileExtension() default "";
}
