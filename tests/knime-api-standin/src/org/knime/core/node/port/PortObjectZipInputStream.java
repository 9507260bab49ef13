package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

public class PortObjectZipInputStream extends ZipInputStream {

    PortObjectZipInputStream(final InputStream stream) {
        super(stream);
    }
}
