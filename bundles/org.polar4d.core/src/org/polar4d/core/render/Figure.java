package org.polar4d.core.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.polar4d.core.files.AtomicFile;

/** A figure of fixed pixel size that draws itself on a {@link Canvas}; written as PNG or SVG. */
public interface Figure {

    int width();

    int height();

    void draw(Canvas canvas);

    /** The figure as an RGB image. */
    default BufferedImage toImage() {
        try (RasterCanvas c = new RasterCanvas(width(), height())) {
            draw(c);
            return c.image();
        }
    }

    /** The figure as an SVG document. */
    default String toSvg() {
        SvgCanvas c = new SvgCanvas(width(), height());
        draw(c);
        return c.document();
    }

    /**
     * Writes the figure atomically; the format follows the extension: {@code .png} or {@code .svg}.
     *
     * @throws IOException for another extension or a write error
     */
    default void write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            byte[] svg = toSvg().getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, out -> out.write(svg));
        } else if (name.endsWith(".png")) {
            BufferedImage image = toImage();
            AtomicFile.write(file, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            });
        } else {
            throw new IOException(file + ": unknown figure format; use a file name ending in .png or .svg");
        }
    }
}
