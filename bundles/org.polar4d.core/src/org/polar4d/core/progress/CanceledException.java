package org.polar4d.core.progress;

/** Thrown when work stops because the user canceled it. Nothing half-written is left behind. */
public final class CanceledException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledException() {
        super("Canceled by the user");
    }
}
