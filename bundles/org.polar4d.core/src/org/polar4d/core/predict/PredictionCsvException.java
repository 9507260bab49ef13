package org.polar4d.core.predict;

import java.io.IOException;
import java.nio.file.Path;

/** A prediction CSV that cannot be read; the message names the file, line and column at fault. */
public final class PredictionCsvException extends IOException {

    private static final long serialVersionUID = 1L;

    public PredictionCsvException(Path file, int line, String column, String problem) {
        super(file + ": line " + line + (column == null ? "" : ", column " + column) + ": " + problem);
    }

    public PredictionCsvException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
