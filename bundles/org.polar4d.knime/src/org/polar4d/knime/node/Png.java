package org.polar4d.knime.node;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/** PNG bytes for KNIME image cells and image ports (rendering itself happens in the engine). */
public final class Png {

    private Png() {
    }

    public static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available in this Java runtime");
        }
        return bytes.toByteArray();
    }

    public static ImagePortObjectSpec portSpec() {
        return new ImagePortObjectSpec(PNGImageContent.TYPE);
    }

    public static ImagePortObject port(byte[] png) {
        return new ImagePortObject(new PNGImageContent(png), portSpec());
    }
}
