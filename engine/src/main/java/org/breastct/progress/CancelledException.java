package org.breastct.progress;

/** Thrown when the caller cancelled a long operation (see {@link Progress#checkCancelled()}). */
public class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }

    public CancelledException(String message) {
        super(message);
    }
}
