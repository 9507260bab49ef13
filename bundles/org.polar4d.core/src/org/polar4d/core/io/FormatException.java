package org.polar4d.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be read as the format it claims to be: wrong magic, truncated, inconsistent
 * header fields, an unknown data type, a scan shape that does not fit the frames, a missing
 * companion file. The message names the file and the field or byte offset at fault.
 */
public class FormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the file at fault (may be null when no file is involved)
     * @param where the field, setting or byte offset at fault, e.g. {@code "header field [2] (header size)"}
     * @param problem what is wrong
     */
    public FormatException(Path file, String where, String problem) {
        super(compose(file, where, problem));
        this.file = file;
    }

    public FormatException(Path file, String where, String problem, Throwable cause) {
        super(compose(file, where, problem), cause);
        this.file = file;
    }

    /** A problem at a byte offset of the file. */
    public static FormatException atOffset(Path file, long offset, String problem) {
        return new FormatException(file, "byte offset " + offset, problem);
    }

    /** The file at fault, or null. */
    public Path file() {
        return file;
    }

    private static String compose(Path file, String where, String problem) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file).append(": ");
        }
        if (where != null && !where.isEmpty()) {
            b.append(where).append(": ");
        }
        return b.append(problem).toString();
    }
}
