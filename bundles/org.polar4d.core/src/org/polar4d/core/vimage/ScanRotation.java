package org.polar4d.core.vimage;

import java.util.Locale;

/**
 * Estimates the rotation (and flip) between detector and scan axes from a CoM field: the
 * electrostatic field of a non-magnetic specimen is curl-free, so the correct transform is the one
 * that minimises the curl of the CoM field in scan coordinates (the idea of LiberTEM's
 * {@code guess_corrections}).
 *
 * <p>Conventions: vectors (vx, vy) = (shiftCol, shiftRow) in detector pixels, scan coordinates
 * (x, y) = (scan column, scan row). The transform is: flip (vy → −vy) if {@code flip}, then rotate
 * by θ: (vx, vy) → (vx cosθ − vy sinθ, vx sinθ + vy cosθ) — counter-clockwise in a frame with y up,
 * clockwise as displayed with row 0 at the top.
 *
 * <p>Because curl(R_θ v) = cosθ·curl v + sinθ·div v, the summed squared curl over the scan is a
 * quadratic form in (cosθ, sinθ) and its minimum is found exactly (smallest eigenvector), not by a
 * grid search. θ and θ + 180° give the same curl; the estimate is reported in (−90°, 90°] and the
 * half-turn ambiguity is left to the user.
 */
public final class ScanRotation {

    private ScanRotation() {
    }

    /**
     * @param angleDegrees θ in (−90°, 90°] (θ + 180° fits equally)
     * @param flip whether the y component is flipped before the rotation
     * @param curlFraction remaining squared curl as a fraction of squared curl + divergence, [0, 0.5]
     * @param curlFractionOtherFlip the same for the best angle with the other flip setting
     */
    public record Estimate(double angleDegrees, boolean flip, double curlFraction, double curlFractionOtherFlip) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "scan rotation %.2f° (or %.2f°), flip %s; remaining curl %.4f "
                    + "(%.4f with flip %s)", angleDegrees, angleDegrees - 180, flip ? "yes" : "no", curlFraction,
                    curlFractionOtherFlip, flip ? "no" : "yes");
        }
    }

    public static Estimate estimate(ComField field) {
        if (field.rows() < 3 || field.cols() < 3) {
            throw new IllegalArgumentException("scan rotation needs a scan of at least 3x3 positions, got "
                    + field.rows() + "x" + field.cols());
        }
        double[] plain = best(field, false);
        double[] flipped = best(field, true);
        boolean flip = flipped[1] < plain[1];
        double[] chosen = flip ? flipped : plain;
        return new Estimate(chosen[0], flip, chosen[1], (flip ? plain : flipped)[1]);
    }

    /** {angle in degrees, curl fraction} of the best rotation for one flip setting. */
    private static double[] best(ComField f, boolean flip) {
        int rows = f.rows();
        int cols = f.cols();
        float[] vx = f.shiftCol();
        float[] vy = f.shiftRow();
        double sign = flip ? -1 : 1;
        double cc = 0;
        double cd = 0;
        double dd = 0;
        for (int r = 1; r < rows - 1; r++) {
            for (int c = 1; c < cols - 1; c++) {
                int i = r * cols + c;
                double dvxdx = (vx[i + 1] - vx[i - 1]) / 2.0;
                double dvxdy = (vx[i + cols] - vx[i - cols]) / 2.0;
                double dvydx = sign * (vy[i + 1] - vy[i - 1]) / 2.0;
                double dvydy = sign * (vy[i + cols] - vy[i - cols]) / 2.0;
                double curl = dvydx - dvxdy;
                double div = dvxdx + dvydy;
                if (Double.isFinite(curl) && Double.isFinite(div)) {
                    cc += curl * curl;
                    cd += curl * div;
                    dd += div * div;
                }
            }
        }
        double trace = cc + dd;
        if (trace == 0) {
            return new double[] {0, 0};
        }
        // smallest eigenvalue and its eigenvector (cos θ, sin θ) of [[cc, cd], [cd, dd]]
        double half = (cc - dd) / 2;
        double lambda = (cc + dd) / 2 - Math.hypot(half, cd);
        double theta = Math.atan2(lambda - cc, cd);
        if (cd == 0) {
            theta = cc <= dd ? 0 : Math.PI / 2;
        }
        double degrees = Math.toDegrees(theta);
        while (degrees <= -90) {
            degrees += 180;
        }
        while (degrees > 90) {
            degrees -= 180;
        }
        return new double[] {degrees, Math.max(0, lambda) / trace};
    }
}
