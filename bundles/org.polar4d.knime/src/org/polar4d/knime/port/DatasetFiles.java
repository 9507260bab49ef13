package org.polar4d.knime.port;

import java.io.IOException;
import java.util.Map;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.knime.io.ReaderSettings;

/** Opens the files behind a saved file-backed dataset port again, with the reader options it was read with. */
final class DatasetFiles {

    private DatasetFiles() {
    }

    static Dataset4D reopen(Map<String, String> reference) throws IOException {
        return ReaderSettings.open(reference);
    }
}
