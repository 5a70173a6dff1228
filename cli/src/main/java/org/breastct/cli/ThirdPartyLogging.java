package org.breastct.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' own logging off the console: PixelMed logs through SLF4J (slf4j-simple in
 * this jar, writing to stderr), for example a 13-line stack trace for a truncated header that the
 * reader reports in one line anyway. Off unless {@code --verbose}; then warnings and errors.
 * Must run before the first PixelMed class loads (slf4j-simple reads its level once). When another
 * SLF4J binding is on the class path (slf4j-jdk14, e.g. through the manifest of Debian's PixelMed
 * jar), the java.util.logging logger {@code com.pixelmed} is set likewise.
 */
final class ThirdPartyLogging {

    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    /** Held so that java.util.logging keeps the level (it references loggers weakly). */
    private static final Logger PIXELMED = Logger.getLogger("com.pixelmed");

    private ThirdPartyLogging() {
    }

    /** Sets the level unless the user set the property on the java command line. */
    static void configure(boolean verbose) {
        if (System.getProperty(LEVEL_PROPERTY) == null || verbose) {
            System.setProperty(LEVEL_PROPERTY, verbose ? "warn" : "off");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PIXELMED.setLevel(verbose ? Level.WARNING : Level.OFF);
    }
}
