package org.polar4d.core.sim;

import java.util.List;

/**
 * Projected potentials v_z (V·Å) of sets of atoms on a periodic square grid, built in Fourier space:
 * v̂(G) = Σ_j 2π a₀ e f_e,j(|G|) exp(−2πi G·r_j) / A on the grid's reciprocal lattice (A = area),
 * cut at the Nyquist circle, then one inverse FFT. This places atoms at exact sub-pixel positions,
 * keeps the potential periodic, and commutes with 90° rotations of the grid. Pixel (row iy, column
 * ix) sits at x = ix·Δ, y = iy·Δ. Thread-safe.
 */
final class ProjectedPotential {

    private final int size;
    private final double extentA;
    private final double[] q;
    /** Per species: its potential transform on the grid's frequencies, 0 beyond Nyquist. */
    private final double[][] transforms;

    ProjectedPotential(List<Species> species, int size, double extentA) {
        this.size = size;
        this.extentA = extentA;
        this.q = new double[size];
        for (int i = 0; i < size; i++) {
            q[i] = SimulationGeometry.signedIndex(i, size) / extentA;
        }
        double nyquist = size / (2 * extentA);
        this.transforms = new double[species.size()][size * size];
        for (int s = 0; s < species.size(); s++) {
            for (int iy = 0; iy < size; iy++) {
                for (int ix = 0; ix < size; ix++) {
                    double k = Math.hypot(q[ix], q[iy]);
                    transforms[s][iy * size + ix] = k < nyquist ? species.get(s).projectedPotentialTransform(k) : 0;
                }
            }
        }
    }

    /** v_z of the atoms (their z is ignored), row-major size × size. */
    float[] of(List<Atom> atoms) {
        double[] re = new double[size * size];
        double[] im = new double[size * size];
        double[] ex = new double[2 * size];
        double[] ey = new double[2 * size];
        for (Atom a : atoms) {
            double[] f = transforms[a.species()];
            phases(a.x(), ex);
            phases(a.y(), ey);
            for (int iy = 0; iy < size; iy++) {
                double yr = ey[2 * iy];
                double yi = ey[2 * iy + 1];
                int row = iy * size;
                for (int ix = 0; ix < size; ix++) {
                    double xr = ex[2 * ix];
                    double xi = ex[2 * ix + 1];
                    double fp = f[row + ix];
                    re[row + ix] += fp * (xr * yr - xi * yi);
                    im[row + ix] += fp * (xr * yi + xi * yr);
                }
            }
        }
        float[] w = new float[2 * size * size];
        for (int p = 0; p < size * size; p++) {
            w[2 * p] = (float) re[p];
            w[2 * p + 1] = (float) im[p];
        }
        new Fft2(size).inverse(w);
        double scale = (double) size * size / (extentA * extentA);
        float[] v = new float[size * size];
        for (int p = 0; p < size * size; p++) {
            v[p] = (float) (w[2 * p] * scale);
        }
        return v;
    }

    /** exp(−2πi q_i·x) for every grid frequency q_i. */
    private void phases(double x, double[] out) {
        for (int i = 0; i < size; i++) {
            double a = -2 * Math.PI * q[i] * x;
            out[2 * i] = Math.cos(a);
            out[2 * i + 1] = Math.sin(a);
        }
    }
}
