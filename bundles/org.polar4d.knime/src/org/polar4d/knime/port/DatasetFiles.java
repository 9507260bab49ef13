package org.polar4d.knime.port;

import java.io.IOException;

import org.polar4d.core.data.Dataset4D;

/** Opens the files behind a saved file-backed dataset port again, with the reader options it was read with. */
final class DatasetFiles {

    private DatasetFiles() {
    }

    static Dataset4D reopen(DatasetPortObjectSpec spec) throws IOException {
        // Wired to org.polar4d.core.io.DatasetIO once the reader lands (phase 2 of the KNIME integration).
        throw new IOException("Cannot re-open " + spec.provenance().files() + ": this build has no 4D-STEM reader; "
                + "re-execute the reader node");
    }
}
