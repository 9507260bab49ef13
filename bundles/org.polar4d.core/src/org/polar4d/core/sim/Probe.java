package org.polar4d.core.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The aberration-free probe: a sharp aperture of semi-angle α with optional defocus, as plane-wave
 * coefficients on the supercell's reciprocal grid,
 *
 * <pre>ψ̂(k) = exp(iπλΔf k²) · exp(−2πi k·r_p) / √M   for λ|k| ≤ α,</pre>
 *
 * with M the number of grid frequencies inside the aperture, so that Σ|ψ̂|² = 1 (incident flux 1).
 * Δf &gt; 0 focuses the probe Δf below the entrance surface. The coefficients already include the
 * propagation by half a slice, exp(−iπλ(Δz/2)k²), so that the multislice applies every slice's
 * transmission at the slice centre (a plane centred in its slice is then transmitted exactly at
 * its depth).
 */
final class Probe {

    /** One plane wave of the aperture: supercell frequency indices and its defocus phase. */
    record Beam(int mx, int my, double kx, double ky, double phase) {
    }

    private final List<Beam> beams = new ArrayList<>();
    private final double norm;

    /** The aperture's frequencies whose indices are multiples of {@code step} (1 = all). */
    Probe(SimulationGeometry g, double convergenceMrad, double defocusA, int step) {
        double kMax = convergenceMrad / 1000 / g.wavelengthA();
        int half = g.gridSize() / 2;
        int reach = (int) Math.ceil(kMax * g.extentA()) + 1;
        for (int my = -reach; my <= reach; my++) {
            for (int mx = -reach; mx <= reach; mx++) {
                if (mx % step != 0 || my % step != 0 || mx < -half || mx >= half || my < -half || my >= half) {
                    continue;
                }
                double kx = mx / g.extentA();
                double ky = my / g.extentA();
                double k2 = kx * kx + ky * ky;
                if (k2 <= kMax * kMax) {
                    double focus = defocusA - g.sliceA() / 2;
                    beams.add(new Beam(mx, my, kx, ky, Math.PI * g.wavelengthA() * focus * k2));
                }
            }
        }
        if (beams.isEmpty()) {
            throw new IllegalArgumentException("the probe aperture holds no beam on this grid; raise the convergence"
                    + " angle or the number of cells");
        }
        this.norm = 1 / Math.sqrt(beams.size());
    }

    List<Beam> beams() {
        return beams;
    }

    /** Complex coefficient {re, im} of beam b for a probe at (x, y) Å. */
    void coefficient(Beam b, double x, double y, float[] out, int offset) {
        double phase = b.phase() - 2 * Math.PI * (b.kx() * x + b.ky() * y);
        out[offset] = (float) (norm * Math.cos(phase));
        out[offset + 1] = (float) (norm * Math.sin(phase));
    }

    /** Writes the probe at (x, y) onto a full-grid reciprocal-space wave (zero elsewhere). */
    void fill(float[] wave, int gridSize, double x, double y) {
        java.util.Arrays.fill(wave, 0f);
        for (Beam b : beams) {
            int ix = Math.floorMod(b.mx(), gridSize);
            int iy = Math.floorMod(b.my(), gridSize);
            coefficient(b, x, y, wave, 2 * (iy * gridSize + ix));
        }
    }
}
