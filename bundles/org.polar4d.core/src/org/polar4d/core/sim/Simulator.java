package org.polar4d.core.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.FrameRange;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Multislice simulation of 4D-STEM patterns of a polar perovskite ({@link SimulationSettings}).
 *
 * <p>Physics: Kirkland projected potentials built in Fourier space ({@link ProjectedPotential}),
 * transmission functions exp(iσv_z) per slice, Fresnel propagator exp(−iπλΔz k²), wave and
 * transmission band-limited to 2/3 of Nyquist, aberration-free probe with a sharp aperture and
 * optional defocus ({@link Probe}), far-field intensity |Ψ(k)|² on the detector frame
 * ({@link DetectorFrame}). Frozen-phonon configurations are averaged incoherently. No absorption,
 * no inelastic scattering, no partial coherence (source size, energy spread) and no detector
 * point-spread.
 *
 * <p>Orientation: x to the right, y up; the detector frame shows kx to the right and ky up (frame
 * row 0 is the top). A probe at scan position (row r, col c) sits at x = c·L/cols, y = −r·L/rows
 * (mod L), so scan rows advance downwards as in an image; (0, 0) is an A-site column.
 *
 * <p>Thread-safe: patterns may be computed from many threads. {@link #prepare} builds the slices
 * (and the PRISM S-matrix) once; pattern calls prepare lazily if needed.
 */
public final class Simulator implements AutoCloseable {

    private final SimulationSettings settings;
    private final SimulationGeometry geometry;
    private final PerovskiteCrystal crystal;
    private final Parallel parallel;
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);
    private volatile Engine engine;

    /** Per-thread buffers. */
    private static final class Workspace {
        float[] wave;
        float[] intensity;
        float[] frame;
        Fft2 fft;
        final SMatrix.Workspace prism = new SMatrix.Workspace();
    }

    /** What {@link #prepare} builds. */
    private record Engine(float[][][] transmissions, Probe probe, WaveGrid grid, int[] frameSource, SMatrix sMatrix) {
    }

    public Simulator(SimulationSettings settings) {
        this.settings = settings;
        this.geometry = new SimulationGeometry(settings);
        this.crystal = new PerovskiteCrystal(settings.model(), settings.seed());
        this.parallel = new Parallel(settings.threads());
    }

    public SimulationSettings settings() {
        return settings;
    }

    /** Builds the slice potentials and, in PRISM mode, the S-matrix. Idempotent. */
    public synchronized void prepare(Progress progress) throws CanceledException {
        if (engine != null) {
            return;
        }
        boolean prism = settings.mode() == SimulationMode.PRISM;
        Progress slicesProgress = prism ? progress.slice(0, 0.1) : progress;
        float[][][] transmissions = SlicedPotential.build(crystal, geometry, parallel, slicesProgress);
        Probe probe = new Probe(geometry, settings.convergenceMrad(), settings.defocusA(), geometry.factor());
        SMatrix sMatrix = prism ? new SMatrix(geometry, probe, Mirror.of(settings.model()), transmissions, parallel,
                progress.slice(0.1, 1)) : null;
        WaveGrid grid = prism ? null : WaveGrid.full(geometry);
        int[] source = DetectorFrame.sourceIndices(geometry.frameSize(), geometry.gridSize());
        engine = new Engine(transmissions, probe, grid, source, sMatrix);
        progress.update(1, "simulation ready");
    }

    private Engine engine() {
        Engine e = engine;
        if (e == null) {
            try {
                prepare(Progress.NONE);
            } catch (CanceledException impossible) {
                throw new IllegalStateException(impossible);
            }
            e = engine;
        }
        return e;
    }

    /**
     * Noise-free pattern of a probe at (x, y) Å: intensities as fractions of the incident beam on the
     * detector frame (frameSize² floats, row-major, row 0 at the top).
     */
    public void pattern(double x, double y, float[] frame) {
        Engine e = engine();
        Workspace ws = workspaces.get();
        if (e.sMatrix != null) {
            e.sMatrix.pattern(x, y, frame, ws.prism);
            return;
        }
        float[] intensity = reciprocalIntensity(e, ws, x, y);
        for (int p = 0; p < frame.length; p++) {
            int s = e.frameSource[p];
            frame[p] = s >= 0 ? intensity[s] : 0f;
        }
    }

    /**
     * Plain-multislice intensity on the whole reciprocal grid (gridSize², FFT order), before the
     * detector crops it; for flux checks. Returns a per-thread buffer.
     */
    float[] reciprocalIntensity(double x, double y) {
        Engine e = engine();
        Workspace ws = workspaces.get();
        if (e.grid == null) {
            throw new IllegalStateException("the reciprocal-grid intensity is a plain-multislice quantity");
        }
        return reciprocalIntensity(e, ws, x, y);
    }

    private float[] reciprocalIntensity(Engine e, Workspace ws, double x, double y) {
        int n = geometry.gridSize();
        if (ws.wave == null) {
            ws.wave = new float[2 * n * n];
            ws.intensity = new float[n * n];
            ws.fft = new Fft2(n);
        }
        java.util.Arrays.fill(ws.intensity, 0f);
        int configs = e.transmissions.length;
        for (float[][] slices : e.transmissions) {
            e.probe.fill(ws.wave, n, x, y);
            e.grid.propagate(ws.wave, slices, ws.fft);
            for (int p = 0; p < n * n; p++) {
                float re = ws.wave[2 * p];
                float im = ws.wave[2 * p + 1];
                ws.intensity[p] += (re * re + im * im) / configs;
            }
        }
        return ws.intensity;
    }

    /** Probe position {x, y} in Å of scan position {@code index} (row-major). */
    public double[] position(long index) {
        int rows = settings.scanRows();
        int cols = settings.scanCols();
        int r = (int) (index / cols);
        int c = (int) (index % cols);
        double l = geometry.extentA();
        return new double[] {c * l / cols, Math.floorMod(-r, rows) * l / rows};
    }

    /**
     * Scan frames {@code first .. first+count−1} into {@code dst} (frame after frame), computed in
     * parallel, with Poisson noise if a dose is set. The noise of a frame depends only on the seed,
     * the label and the frame index, so results do not depend on threads or read order.
     */
    public void frames(long first, int count, float[] dst, Progress progress) throws CanceledException {
        long total = (long) settings.scanRows() * settings.scanCols();
        FrameRange.check(first, count, total);
        engine();
        int pixels = geometry.frameSize() * geometry.frameSize();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        parallel.forEach(count, progress, i -> {
            Workspace ws = workspaces.get();
            if (ws.frame == null) {
                ws.frame = new float[pixels];
            }
            long index = first + i;
            double[] at = position(index);
            pattern(at[0], at[1], ws.frame);
            if (settings.dose() > 0) {
                long stream = Seeds.mix(settings.label().index(), index);
                PoissonCounts.apply(ws.frame, 0, pixels, settings.dose(),
                        new SplittableRandom(Seeds.mix(settings.seed() ^ 0x5EEDL, stream)));
            }
            System.arraycopy(ws.frame, 0, dst, i * pixels, pixels);
            int d = done.incrementAndGet();
            progress.update((double) d / count, (first + d) + " / " + total + " patterns");
        });
    }

    /** Detector pixel size in mrad. */
    public double detectorPixelMrad() {
        return geometry.detectorPixelMrad();
    }

    /** Real-space pixels per supercell edge. */
    public int gridSize() {
        return geometry.gridSize();
    }

    public int slices() {
        return geometry.slices();
    }

    /** Plane waves inside the probe aperture (PRISM beams at the interpolation factor). */
    public int beams() {
        return new Probe(geometry, settings.convergenceMrad(), settings.defocusA(), geometry.factor()).beams().size();
    }

    /**
     * FFT floating-point operations per pattern by the 5·N·log₂N count: plain multislice 2 FFTs per
     * slice and configuration; PRISM the S-matrix's FFTs spread over the scan plus one window FFT per
     * pattern if f &gt; 1. Pointwise products and the PRISM beam sums are not counted.
     */
    public double fftFlopsPerPattern() {
        int configs = crystal.configurations();
        if (settings.mode() == SimulationMode.MULTISLICE) {
            return configs * 2.0 * geometry.slices() * Fft2.flops(geometry.gridSize());
        }
        double perBeam = 2.0 * geometry.slices() * Fft2.flops(geometry.tileSize())
                + (geometry.factor() > 1 ? Fft2.flops(geometry.tileSize()) : 0);
        double positions = (double) settings.scanRows() * settings.scanCols();
        double perPattern = geometry.factor() > 1 ? configs * Fft2.flops(geometry.windowSize()) : 0;
        return configs * beams() * perBeam / positions + perPattern;
    }

    /** Calibration of the simulated scan: scan step (nm), detector pixel (mrad), optics. */
    public Calibration calibration() {
        double stepNm = geometry.extentA() / settings.scanCols() / 10;
        return new Calibration(new Quantity(stepNm, "nm"), new Quantity(geometry.detectorPixelMrad(), "mrad"),
                settings.beamEnergyKeV(), settings.convergenceMrad(), null, 0.0);
    }

    /** Every setting plus the derived sampling, for provenance. */
    public Map<String, String> details() {
        Map<String, String> d = new LinkedHashMap<>(settings.details());
        d.put("sim.wavelength_A", Double.toString(geometry.wavelengthA()));
        d.put("sim.interaction_constant_per_V_A", Double.toString(geometry.sigma()));
        d.put("sim.supercell_A", Double.toString(geometry.extentA()));
        d.put("sim.grid", geometry.gridSize() + "x" + geometry.gridSize());
        d.put("sim.pixel_A", Double.toString(geometry.pixelA()));
        d.put("sim.tile_repeats", Integer.toString(geometry.repeat()));
        d.put("sim.slices", Integer.toString(geometry.slices()));
        d.put("sim.band_limit_mrad", Double.toString(geometry.bandLimit() * geometry.wavelengthA() * 1000));
        d.put("sim.detector_pixel_mrad", Double.toString(geometry.detectorPixelMrad()));
        d.put("sim.detector_pixel_per_A", Double.toString(geometry.detectorPixelInvA()));
        d.put("sim.scan_step_x_A", Double.toString(geometry.extentA() / settings.scanCols()));
        d.put("sim.scan_step_y_A", Double.toString(geometry.extentA() / settings.scanRows()));
        d.put("sim.beams", Integer.toString(beams()));
        d.put("sim.orientation", "x right, y up; frame row 0 = top, k=0 at pixel (F/2, F/2); scan (r, c) at"
                + " x = c*L/cols, y = -r*L/rows; polarization angle counter-clockwise from +x");
        d.put("sim.intensity_unit", settings.dose() > 0 ? "electron counts (Poisson)" : "fraction of incident beam");
        return d;
    }

    @Override
    public void close() {
        parallel.close();
    }
}
