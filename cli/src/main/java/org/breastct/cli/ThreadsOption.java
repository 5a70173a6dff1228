package org.breastct.cli;

/** {@code --threads N}: the worker threads of a command. */
final class ThreadsOption {

    private ThreadsOption() {
    }

    /**
     * {@code --threads N}: 1 up to the number of cores; 0 or absent: all cores. More than the cores is capped
     * with a note; a negative number is a usage error.
     */
    static int parse(Args args, Console console) throws UsageException {
        int n = args.intOption("threads", 0);
        int cores = Runtime.getRuntime().availableProcessors();
        if (n < 0) {
            throw new UsageException("--threads must be 0 (all cores) or a positive number, got " + n);
        }
        if (n > cores) {
            console.info("--threads " + n + " is more than the " + cores + " cores of this machine; using " + cores);
            return cores;
        }
        return n;
    }
}
