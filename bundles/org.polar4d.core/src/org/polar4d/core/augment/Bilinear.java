package org.polar4d.core.augment;

/** Bilinear sampling with clamped (edge-replicating) borders. */
final class Bilinear {

    private Bilinear() {
    }

    /** Value of {@code src} (h×w at offset) at fractional (y, x). */
    static float sample(float[] src, int offset, int h, int w, double y, double x) {
        double yc = Math.max(0, Math.min(h - 1, y));
        double xc = Math.max(0, Math.min(w - 1, x));
        int y0 = (int) Math.floor(yc);
        int x0 = (int) Math.floor(xc);
        int y1 = Math.min(h - 1, y0 + 1);
        int x1 = Math.min(w - 1, x0 + 1);
        double fy = yc - y0;
        double fx = xc - x0;
        double top = src[offset + y0 * w + x0] * (1 - fx) + src[offset + y0 * w + x1] * fx;
        double bottom = src[offset + y1 * w + x0] * (1 - fx) + src[offset + y1 * w + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}
