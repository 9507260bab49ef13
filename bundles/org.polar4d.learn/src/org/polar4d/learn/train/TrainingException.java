package org.polar4d.learn.train;

/** Training cannot run on the given data or settings; the message says why. */
public final class TrainingException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrainingException(String message) {
        super(message);
    }

    public TrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
