package org.polar4d.core.sim;

/**
 * A square grid a wave is propagated on, with the spatial frequency of every pixel and the Fresnel
 * propagator of one slice.
 *
 * <p>Two kinds: the full supercell grid (n pixels), and the tile grid of one Bloch class. In a
 * crystal whose potential repeats R times per supercell edge, a plane wave exp(2πi k·r) with k = m/L
 * only couples to k + G with G on the tile's reciprocal lattice, so it can be propagated on the tile
 * (n/R pixels) as exp(2πi s·r/L)·u(r) with u tile-periodic and s = m mod R. Its pixel (iy, ix) then
 * carries the supercell frequency index (R·ĩ + s) where ĩ is the signed tile index. Both kinds apply
 * exactly the same propagator and band limit to the same absolute frequencies, so PRISM on the tile
 * equals multislice on the full grid up to rounding.
 */
final class WaveGrid {

    private final int size;
    private final int tileSize;
    private final int[] freqX;
    private final int[] freqY;
    private final double extentA;
    private final float[] propagator;
    /** Rows that hold frequencies inside the band limit; the others are always zero in k-space. */
    private final boolean[] bandRows;

    private WaveGrid(SimulationGeometry g, int size, int repeat, int sx, int sy) {
        this.size = size;
        this.tileSize = g.tileSize();
        this.extentA = g.extentA();
        this.freqX = new int[size];
        this.freqY = new int[size];
        for (int i = 0; i < size; i++) {
            freqX[i] = repeat * SimulationGeometry.signedIndex(i, size) + sx;
            freqY[i] = repeat * SimulationGeometry.signedIndex(i, size) + sy;
        }
        this.propagator = propagator(g);
        this.bandRows = new boolean[size];
        for (int iy = 0; iy < size; iy++) {
            bandRows[iy] = Math.abs(freqY[iy] / extentA) <= g.bandLimit();
        }
    }

    /** The whole supercell grid. */
    static WaveGrid full(SimulationGeometry g) {
        return new WaveGrid(g, g.gridSize(), 1, 0, 0);
    }

    /** The tile grid for supercell frequencies ≡ (sx, sy) modulo the tile repeat. */
    static WaveGrid blochClass(SimulationGeometry g, int sx, int sy) {
        return new WaveGrid(g, g.tileSize(), g.repeat(), sx, sy);
    }

    int size() {
        return size;
    }

    /** Supercell frequency index (kx = index / L) of column ix. */
    int freqX(int ix) {
        return freqX[ix];
    }

    /** Supercell frequency index (ky = index / L) of row iy. */
    int freqY(int iy) {
        return freqY[iy];
    }

    /** exp(−iπλΔz k²) inside the band limit, 0 outside. */
    private float[] propagator(SimulationGeometry g) {
        float[] p = new float[2 * size * size];
        double cut2 = g.bandLimit() * g.bandLimit();
        for (int iy = 0; iy < size; iy++) {
            double ky = freqY[iy] / extentA;
            for (int ix = 0; ix < size; ix++) {
                double kx = freqX[ix] / extentA;
                double k2 = kx * kx + ky * ky;
                if (k2 <= cut2) {
                    double phase = -Math.PI * g.wavelengthA() * g.sliceA() * k2;
                    p[2 * (iy * size + ix)] = (float) Math.cos(phase);
                    p[2 * (iy * size + ix) + 1] = (float) Math.sin(phase);
                }
            }
        }
        return p;
    }

    /**
     * Propagates a band-limited wave, given and returned in reciprocal space, through the slices:
     * per slice inverse FFT, multiply by t(r), FFT, multiply by the propagator (2 FFTs per slice).
     * The FFTs skip the rows that the band limit keeps at zero (a sixth of the work).
     */
    void propagate(float[] wave, float[][] transmissions, Fft2 fft) {
        for (float[] t : transmissions) {
            fft.inverse(wave, bandRows);
            transmit(wave, t);
            fft.forward(wave, bandRows);
            multiply(wave, propagator);
        }
    }

    private void transmit(float[] wave, float[] t) {
        if (size == tileSize) {
            multiply(wave, t);
            return;
        }
        for (int iy = 0; iy < size; iy++) {
            int trow = (iy % tileSize) * tileSize;
            for (int ix = 0; ix < size; ix++) {
                int w = 2 * (iy * size + ix);
                int k = 2 * (trow + ix % tileSize);
                float re = wave[w];
                float im = wave[w + 1];
                wave[w] = re * t[k] - im * t[k + 1];
                wave[w + 1] = re * t[k + 1] + im * t[k];
            }
        }
    }

    private static void multiply(float[] wave, float[] f) {
        for (int i = 0; i < wave.length; i += 2) {
            float re = wave[i];
            float im = wave[i + 1];
            wave[i] = re * f[i] - im * f[i + 1];
            wave[i + 1] = re * f[i + 1] + im * f[i];
        }
    }
}
