package org.polar4d.core.io.frames;

import java.nio.file.Path;

import org.polar4d.core.data.FrameShape;
import org.polar4d.core.io.FormatException;

/** Plausibility limits for sizes read from headers, checked before anything is allocated. */
public final class Limits {

    /** Largest frame accepted: 2^28 pixels (16384 × 16384), far beyond any detector. */
    public static final long MAX_FRAME_PIXELS = 1L << 28;

    private Limits() {
    }

    /** {@code v} if it is a finite number, else null (for optional calibration values from files). */
    public static Double finite(Double v) {
        return v != null && Double.isFinite(v) ? v : null;
    }

    /** A frame shape from header values, or a {@link FormatException} naming the field. */
    public static FrameShape frame(Path file, String where, long height, long width) throws FormatException {
        if (height < 1 || width < 1 || height > MAX_FRAME_PIXELS || width > MAX_FRAME_PIXELS
                || height * width > MAX_FRAME_PIXELS) {
            throw new FormatException(file, where, "implausible frame size " + height + "x" + width
                    + " (at most " + MAX_FRAME_PIXELS + " pixels)");
        }
        return new FrameShape((int) height, (int) width);
    }
}
