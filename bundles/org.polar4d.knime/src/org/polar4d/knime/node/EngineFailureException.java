package org.polar4d.knime.node;

/** The engine failed with an {@link Error}; the message says what the user can do about it. */
public final class EngineFailureException extends Exception {

    private static final long serialVersionUID = 1L;

    public EngineFailureException(String message, Error cause) {
        super(message, cause);
    }
}
