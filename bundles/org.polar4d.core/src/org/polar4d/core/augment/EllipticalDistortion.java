package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

/**
 * Elliptical distortion of the projector optics (not in the paper): stretches the pattern by 1 + ε/2
 * along a direction φ and by 1 − ε/2 across it, about the pattern centre, with ε ~ U(0, εmax) and
 * φ ~ U(0, π); bilinear, replicated edges.
 */
public final class EllipticalDistortion implements Augmentation {

    private final double maxEllipticity;

    public EllipticalDistortion(double maxEllipticity) {
        Ranges.check("ellipticity", 0, maxEllipticity, 0, 0.5);
        this.maxEllipticity = maxEllipticity;
    }

    @Override
    public int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random) {
        double e = Ranges.uniform(random, 0, maxEllipticity);
        double phi = Ranges.uniform(random, 0, Math.PI);
        distort(pattern, offset, height, width, e, phi);
        return label;
    }

    static void distort(float[] pattern, int offset, int height, int width, double e, double phi) {
        float[] src = java.util.Arrays.copyOfRange(pattern, offset, offset + height * width);
        double cy = (height - 1) / 2.0;
        double cx = (width - 1) / 2.0;
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double inverseMajor = 1 / (1 + e / 2);
        double inverseMinor = 1 / (1 - e / 2);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double y = r - cy;
                double x = c - cx;
                // inverse map: rotate into the ellipse axes, undo the stretch, rotate back
                double along = (x * cos + y * sin) * inverseMajor;
                double across = (-x * sin + y * cos) * inverseMinor;
                double sx = along * cos - across * sin;
                double sy = along * sin + across * cos;
                pattern[offset + r * width + c] = Bilinear.sample(src, 0, height, width, cy + sy, cx + sx);
            }
        }
    }
}
