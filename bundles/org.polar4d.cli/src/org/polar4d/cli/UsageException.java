package org.polar4d.cli;

/** An invalid combination of options found while running a command; reported with exit code 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
