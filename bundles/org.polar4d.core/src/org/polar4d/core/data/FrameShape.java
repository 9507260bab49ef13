package org.polar4d.core.data;

/**
 * Shape of one diffraction pattern: height (ky, rows; row 0 at the top) × width (kx, columns).
 */
public record FrameShape(int height, int width) {

    public FrameShape {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("frame shape must be positive, got " + height + "x" + width);
        }
    }

    public int pixels() {
        return height * width;
    }

    @Override
    public String toString() {
        return height + "x" + width;
    }
}
