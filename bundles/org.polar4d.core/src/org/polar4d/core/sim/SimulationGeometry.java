package org.polar4d.core.sim;

/**
 * The sampling a simulation runs on, derived from its settings.
 *
 * <p>The supercell (edge L) is sampled by an n × n grid. The transmission functions live on the
 * tile that repeats laterally (t × t pixels, t = n / repeat); for a crystal whose unit cells are all
 * identical the tile is one unit cell. The wave is band-limited to 2/3 of the Nyquist frequency
 * ({@link #bandLimit()}) against aliasing. Detector pixels are f / L in reciprocal space (f = PRISM
 * interpolation factor, 1 for plain multislice).
 */
final class SimulationGeometry {

    /** Coarsest real-space sampling chosen automatically, Å. */
    static final double MAX_PIXEL_A = 0.05;

    private final int n;
    private final int repeat;
    private final int factor;
    private final int frame;
    private final double extentA;
    private final double wavelengthA;
    private final double sigma;
    private final double sliceA;
    private final int slices;

    SimulationGeometry(SimulationSettings s) {
        PerovskiteModel m = s.model();
        this.extentA = m.extentA();
        this.repeat = m.isCellPeriodic() ? m.cells() : 1;
        this.factor = s.interpolation();
        this.frame = s.frameSize();
        this.wavelengthA = ElectronBeam.wavelengthA(s.beamEnergyKeV());
        this.sigma = ElectronBeam.interactionConstant(s.beamEnergyKeV());
        this.sliceA = s.sliceThicknessA();
        this.slices = (int) Math.ceil(m.simulatedThicknessA() / sliceA - 1e-9);
        this.n = s.gridSize() > 0 ? checkedGrid(s.gridSize()) : autoGrid();
        double apertureK = s.convergenceMrad() / 1000 / wavelengthA;
        if (apertureK > bandLimit()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the %.1f mrad probe aperture exceeds the grid's band limit (%.1f mrad); use a finer grid"
                            + " (grid size above %d)", s.convergenceMrad(), bandLimit() * wavelengthA * 1000,
                    (int) Math.ceil(3 * apertureK * extentA)));
        }
    }

    private int step() {
        return lcm(2 * repeat, 2 * factor);
    }

    private int checkedGrid(int size) {
        if (size % step() != 0) {
            throw new IllegalArgumentException("grid size " + size + " must be a multiple of " + step()
                    + " (2 × tile repeats " + repeat + " and 2 × PRISM factor " + factor + ")");
        }
        return size;
    }

    /**
     * Smallest grid with only factors 2, 3, 5 that samples finer than {@link #MAX_PIXEL_A} and whose
     * band limit covers the frame's inscribed circle.
     */
    private int autoGrid() {
        int min = (int) Math.ceil(Math.max(1.5 * frame * factor, extentA / MAX_PIXEL_A));
        int step = step();
        int size = (min + step - 1) / step * step;
        while (!isSmooth(size)) {
            size += step;
        }
        return size;
    }

    private static boolean isSmooth(int v) {
        for (int p : new int[] {2, 3, 5}) {
            while (v % p == 0) {
                v /= p;
            }
        }
        return v == 1;
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    /** Pixels per supercell edge. */
    int gridSize() {
        return n;
    }

    /** How often the transmission tile repeats per supercell edge. */
    int repeat() {
        return repeat;
    }

    /** Pixels per tile edge. */
    int tileSize() {
        return n / repeat;
    }

    /** PRISM interpolation factor (1 for plain multislice). */
    int factor() {
        return factor;
    }

    /** PRISM window edge in pixels (the whole grid for f = 1). */
    int windowSize() {
        return n / factor;
    }

    int frameSize() {
        return frame;
    }

    double extentA() {
        return extentA;
    }

    double tileExtentA() {
        return extentA / repeat;
    }

    double pixelA() {
        return extentA / n;
    }

    double wavelengthA() {
        return wavelengthA;
    }

    /** Interaction constant σ, 1/(V·Å). */
    double sigma() {
        return sigma;
    }

    double sliceA() {
        return sliceA;
    }

    int slices() {
        return slices;
    }

    /** 2/3 of the Nyquist frequency, 1/Å. */
    double bandLimit() {
        return 2.0 / 3.0 * n / (2 * extentA);
    }

    /** Detector pixel in reciprocal space, 1/Å. */
    double detectorPixelInvA() {
        return factor / extentA;
    }

    /** Detector pixel as a scattering angle, mrad. */
    double detectorPixelMrad() {
        return detectorPixelInvA() * wavelengthA * 1000;
    }

    /** Signed FFT frequency index of array position i on a grid of size g. */
    static int signedIndex(int i, int g) {
        return i < g / 2 ? i : i - g;
    }
}
