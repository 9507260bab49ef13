package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

public class PortObjectSpecZipOutputStream extends ZipOutputStream {

    PortObjectSpecZipOutputStream(final OutputStream stream) {
        super(stream);
    }
}
