package org.polar4d.core.vimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScanRotationTest {

    /**
     * The curl-free field E = ∇φ of a few Gaussian "atoms" in scan coordinates, turned into detector
     * shifts by the inverse of the transform the estimator looks for: v_det = F · R(−θ) · E.
     */
    private static ComField field(int rows, int cols, double thetaDegrees, boolean flip) {
        double[][] atoms = {{8, 9, 1.0}, {20, 25, -0.7}, {25, 7, 0.5}, {12, 22, 0.8}};
        double s2 = 2 * 4.0 * 4.0;
        double t = Math.toRadians(-thetaDegrees);
        float[] shiftRow = new float[rows * cols];
        float[] shiftCol = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double ex = 0;
                double ey = 0;
                for (double[] a : atoms) {
                    double dy = r - a[0];
                    double dx = c - a[1];
                    double g = a[2] * Math.exp(-(dx * dx + dy * dy) / s2);
                    ex += -2 * dx / s2 * g;
                    ey += -2 * dy / s2 * g;
                }
                double vx = ex * Math.cos(t) - ey * Math.sin(t);
                double vy = ex * Math.sin(t) + ey * Math.cos(t);
                shiftCol[r * cols + c] = (float) vx;
                shiftRow[r * cols + c] = (float) (flip ? -vy : vy);
            }
        }
        return new ComField(rows, cols, shiftRow, shiftCol);
    }

    @Test
    void recoversAKnownRotation() {
        ScanRotation.Estimate e = ScanRotation.estimate(field(32, 32, 37, false));
        assertEquals(37, e.angleDegrees(), 0.5);
        assertEquals(false, e.flip());
        assertTrue(e.curlFraction() < 1e-3 && e.curlFractionOtherFlip() > 0.05, e.toString());
    }

    @Test
    void recoversRotationAndFlip() {
        ScanRotation.Estimate e = ScanRotation.estimate(field(32, 30, -71, true));
        assertEquals(-71, e.angleDegrees(), 0.5);
        assertEquals(true, e.flip());
    }

    @Test
    void reportsAngleModuloHalfTurn() {
        ScanRotation.Estimate e = ScanRotation.estimate(field(32, 32, 150, false));
        assertEquals(-30, e.angleDegrees(), 0.5);
        assertEquals(0, ScanRotation.estimate(field(32, 32, 0, false)).angleDegrees(), 0.5);
    }

    @Test
    void needsAtLeastThreeByThree() {
        assertThrows(IllegalArgumentException.class, () -> ScanRotation.estimate(field(2, 9, 0, false)));
    }
}
