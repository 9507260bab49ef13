package org.polar4d.core.io;

import java.io.IOException;
import java.nio.file.Path;

import org.polar4d.core.data.Dataset4D;

/** Opens one file format lazily. Orientation options are applied by {@link DatasetIO}, not by readers. */
@FunctionalInterface
public interface FormatReader {

    /**
     * @throws FormatException if the file is not valid in this format; the message names the file and
     *         the field or byte offset at fault
     */
    Dataset4D open(Path path, ReadOptions options) throws IOException;
}
