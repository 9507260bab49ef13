package org.polar4d.core.render;

import java.awt.Color;

/**
 * Continuous colour maps: a sequential map for scalar maps (confidence, irregularity) and the
 * direction wheel for colour-wheel maps.
 */
public final class ColorMaps {

    /** Viridis sampled at 10 evenly spaced points; interpolated linearly in between. */
    private static final int[] VIRIDIS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
        0x6DCD59, 0xB4DE2C, 0xFDE725};

    /** Lightness and chroma of the direction wheel at full brightness (CIE L*C*h). */
    private static final double WHEEL_L = 68;
    private static final double WHEEL_C = 48;

    private ColorMaps() {
    }

    /** Viridis (perceptually uniform, colour-blind safe) at {@code t} in [0, 1] (clamped). */
    public static Color sequential(double t) {
        double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        double f = x - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
    }

    /**
     * Direction wheel: the hue follows the direction at constant CIE lightness and chroma, so no
     * direction looks brighter than another; {@code brightness} in [0, 1] scales lightness and chroma
     * towards black. Angle 0° is CIE hue 0° (pinkish red), 90° yellow-green, 180° cyan-green, 270°
     * blue-violet. Colours outside sRGB are brought in by reducing chroma.
     */
    public static Color wheel(double angleDegrees, double brightness) {
        double v = Double.isNaN(brightness) ? 1 : Math.max(0, Math.min(1, brightness));
        double h = Math.toRadians(angleDegrees);
        double l = WHEEL_L * v;
        for (double c = WHEEL_C * v;; c *= 0.95) {
            int rgb = labToRgb(l, c * Math.cos(h), c * Math.sin(h));
            if (rgb >= 0 || c < 0.5) {
                return new Color(rgb >= 0 ? rgb : labToRgbClamped(l, 0, 0));
            }
        }
    }

    /** CIE L*a*b* (D65) to packed sRGB, or −1 if out of gamut. */
    private static int labToRgb(double l, double a, double b) {
        double[] rgb = labToLinear(l, a, b);
        int packed = 0;
        for (double c : rgb) {
            if (c < -1e-4 || c > 1 + 1e-4) {
                return -1;
            }
            packed = (packed << 8) | encode(c);
        }
        return packed;
    }

    private static int labToRgbClamped(double l, double a, double b) {
        double[] rgb = labToLinear(l, a, b);
        return (encode(rgb[0]) << 16) | (encode(rgb[1]) << 8) | encode(rgb[2]);
    }

    private static double[] labToLinear(double l, double a, double b) {
        double fy = (l + 16) / 116;
        double x = 0.95047 * finv(fy + a / 500);
        double y = finv(fy);
        double z = 1.08883 * finv(fy - b / 200);
        return new double[] {3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
            -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
            0.0556434 * x - 0.2040259 * y + 1.0572252 * z};
    }

    private static double finv(double t) {
        return t > 6.0 / 29 ? t * t * t : 3 * (6.0 / 29) * (6.0 / 29) * (t - 4.0 / 29);
    }

    private static int encode(double linear) {
        double c = Math.max(0, Math.min(1, linear));
        double s = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(255 * s);
    }
}
