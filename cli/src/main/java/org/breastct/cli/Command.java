package org.breastct.cli;

import java.util.Set;

/** One {@code breastct} sub-command. */
interface Command {

    /** Name typed on the command line, e.g. {@code segment}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** Full help text: usage line, arguments, options. */
    String help();

    /** Options that take a value. */
    Set<String> valueOptions();

    /** Options without value. */
    Set<String> flagOptions();

    /** Runs the command; returns the process exit code (0 all good, 1 some item failed). */
    int run(Args args, Console console) throws Exception;
}
