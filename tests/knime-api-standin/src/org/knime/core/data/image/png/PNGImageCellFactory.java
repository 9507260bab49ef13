package org.knime.core.data.image.png;

import java.io.IOException;

import org.knime.core.data.DataCell;

public class PNGImageCellFactory {

    public static DataCell create(final byte[] contents) throws IOException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
