package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

public class PortObjectZipOutputStream extends ZipOutputStream {

    PortObjectZipOutputStream(final OutputStream stream) {
        super(stream);
    }
}
