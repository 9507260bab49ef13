package org.knime.core.data.image.png;

import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

public class PNGImageContent implements ImageContent {

    /** Placeholder; the real constant is KNIME's PNG cell type. */
    public static final DataType TYPE = null;

    public PNGImageContent(final byte[] imageBytes) {
    }
}
