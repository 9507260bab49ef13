package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

public class PortObjectSpecZipInputStream extends ZipInputStream {

    PortObjectSpecZipInputStream(final InputStream stream) {
        super(stream);
    }
}
