package org.polar4d.learn.archive;

import java.nio.file.Path;

/** A model archive cannot be read or written; the message names the file and, if known, the entry. */
public final class ModelArchiveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String entry;

    public ModelArchiveException(Path file, String entry, String message) {
        this(file, entry, message, null);
    }

    public ModelArchiveException(Path file, String entry, String message, Throwable cause) {
        super(file + (entry == null ? "" : " [entry " + entry + "]") + ": " + message, cause);
        this.file = file;
        this.entry = entry;
    }

    public Path file() {
        return file;
    }

    /** The zip entry at fault, or null. */
    public String entry() {
        return entry;
    }
}
