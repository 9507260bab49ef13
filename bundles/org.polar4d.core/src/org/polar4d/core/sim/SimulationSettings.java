package org.polar4d.core.sim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.label.PolarizationClass;

/**
 * Everything that defines a simulated 4D-STEM scan. Build with {@link #builder()}; every value has
 * a default (KNN, 2×2 cells, 20 nm, 200 kV, 24 mrad, 16×16 scan, 128×128 frames, PRISM).
 *
 * @param model the crystal
 * @param beamEnergyKeV accelerating voltage in kV
 * @param convergenceMrad probe convergence semi-angle, mrad
 * @param defocusA probe focus depth below the entrance surface in Å (0 = focused on the surface;
 *        positive = focused inside the specimen, i.e. Kirkland's underfocus)
 * @param scanRows probe positions down the supercell
 * @param scanCols probe positions across the supercell
 * @param frameSize detector frame edge in pixels (even)
 * @param sliceThicknessA multislice slice thickness, Å
 * @param gridSize real-space pixels per supercell edge; 0 chooses it from the frame and a 0.05 Å
 *        sampling limit
 * @param mode plain multislice or PRISM
 * @param prismFactor PRISM interpolation factor f ≥ 1 (1 = exact); detector pixels are f times coarser
 * @param dose electrons per pattern for Poisson noise; 0 = noise-free intensities (fractions of the beam)
 * @param seed seed of the A-site occupancy, thermal displacements and noise
 * @param threads worker threads (≥ 1)
 */
public record SimulationSettings(PerovskiteModel model, double beamEnergyKeV, double convergenceMrad, double defocusA,
        int scanRows, int scanCols, int frameSize, double sliceThicknessA, int gridSize, SimulationMode mode,
        int prismFactor, double dose, long seed, int threads) {

    public SimulationSettings {
        check(model != null, "the crystal model is required");
        ElectronBeam.wavelengthA(beamEnergyKeV);
        check(convergenceMrad > 0 && convergenceMrad <= 200, "convergence semi-angle must be in (0, 200] mrad, got "
                + convergenceMrad);
        check(Double.isFinite(defocusA) && Math.abs(defocusA) <= 1e5, "defocus must be within ±10 µm");
        check(scanRows >= 1 && scanRows <= 1024 && scanCols >= 1 && scanCols <= 1024,
                "scan must be 1..1024 positions per side, got " + scanRows + "x" + scanCols);
        check(frameSize >= 8 && frameSize <= 2048 && frameSize % 2 == 0,
                "frame size must be even and in 8..2048 pixels, got " + frameSize);
        check(sliceThicknessA > 0.05 && sliceThicknessA <= model.simulatedThicknessA() + 1e-9,
                "slice thickness must be in (0.05 Å, specimen thickness], got " + sliceThicknessA + " Å");
        check(gridSize == 0 || (gridSize >= 16 && gridSize <= 8192 && gridSize % 2 == 0),
                "grid size must be 0 (automatic) or even and in 16..8192, got " + gridSize);
        check(mode != null, "the simulation mode is required");
        check(prismFactor >= 1 && prismFactor <= 64, "PRISM interpolation factor must be in 1..64, got " + prismFactor);
        check(mode == SimulationMode.PRISM || prismFactor == 1, "the interpolation factor needs --mode prism");
        check(dose >= 0 && Double.isFinite(dose) && dose <= 1e15, "dose must be ≥ 0 electrons per pattern, got " + dose);
        check(threads >= 1 && threads <= 1024, "threads must be in 1..1024, got " + threads);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Effective PRISM interpolation factor (1 for plain multislice). */
    public int interpolation() {
        return mode == SimulationMode.PRISM ? prismFactor : 1;
    }

    public PolarizationClass label() {
        return model.polarizationClass();
    }

    /** Every setting as text, keyed {@code sim.*}, for provenance and metadata files. */
    public Map<String, String> details() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("sim.simulator", "Polar4D multislice (Kirkland projected potentials, Fresnel propagator, 2/3 band limit)");
        d.put("sim.label", label().name());
        d.put("sim.label_index", Integer.toString(label().index()));
        d.put("sim.material", model.formula());
        d.put("sim.a_site", model.aSite().toString());
        d.put("sim.a_site_order", model.aSiteOrder().name().toLowerCase(Locale.ROOT));
        d.put("sim.b_site", model.bSite().name());
        d.put("sim.anion", model.anion().name());
        d.put("sim.lattice_A", num(model.latticeA()));
        d.put("sim.cells", model.cells() + "x" + model.cells());
        d.put("sim.thickness_requested_A", num(model.thicknessA()));
        d.put("sim.thickness_A", num(model.simulatedThicknessA()));
        d.put("sim.cells_along_beam", Integer.toString(model.cellsAlongBeam()));
        d.put("sim.polarization_deg", num(model.polarizationDeg()));
        d.put("sim.polarization_elevation_deg", num(model.elevationDeg()));
        d.put("sim.b_shift_A", num(model.bShiftA()));
        d.put("sim.o_shift_A", num(model.oShiftA()));
        d.put("sim.phonon_configs", Integer.toString(model.phononConfigs()));
        d.put("sim.phonon_rms_A", num(model.phononRmsA()));
        d.put("sim.beam_energy_keV", num(beamEnergyKeV));
        d.put("sim.convergence_mrad", num(convergenceMrad));
        d.put("sim.defocus_A", num(defocusA));
        d.put("sim.scan", scanRows + "x" + scanCols);
        d.put("sim.frame", frameSize + "x" + frameSize);
        d.put("sim.slice_thickness_A", num(sliceThicknessA));
        d.put("sim.grid_requested", Integer.toString(gridSize));
        d.put("sim.mode", mode.id());
        d.put("sim.prism_factor", Integer.toString(prismFactor));
        d.put("sim.dose_e_per_pattern", num(dose));
        d.put("sim.seed", Long.toString(seed));
        return d;
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Mutable builder with the defaults of the paper's KNN simulations where known. */
    public static final class Builder {
        private PerovskiteModel model = PerovskiteModel.knn(PolarizationClass.RM, 2, 200);
        private double beamEnergyKeV = 200;
        private double convergenceMrad = 24;
        private double defocusA;
        private int scanRows = 16;
        private int scanCols = 16;
        private int frameSize = 128;
        private double sliceThicknessA = Double.NaN;
        private int gridSize;
        private SimulationMode mode = SimulationMode.PRISM;
        private int prismFactor = 1;
        private double dose;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();

        Builder() {
        }

        Builder(SimulationSettings s) {
            model = s.model;
            beamEnergyKeV = s.beamEnergyKeV;
            convergenceMrad = s.convergenceMrad;
            defocusA = s.defocusA;
            scanRows = s.scanRows;
            scanCols = s.scanCols;
            frameSize = s.frameSize;
            sliceThicknessA = s.sliceThicknessA;
            gridSize = s.gridSize;
            mode = s.mode;
            prismFactor = s.prismFactor;
            dose = s.dose;
            seed = s.seed;
            threads = s.threads;
        }

        public Builder model(PerovskiteModel m) {
            this.model = m;
            return this;
        }

        /** Sets the in-plane polarization to the centre angle of a class. */
        public Builder polarization(PolarizationClass c) {
            this.model = model.withPolarizationDeg(c.angleDegrees());
            return this;
        }

        public Builder thicknessA(double t) {
            this.model = model.withThicknessA(t);
            return this;
        }

        public Builder beamEnergyKeV(double kv) {
            this.beamEnergyKeV = kv;
            return this;
        }

        public Builder convergenceMrad(double alpha) {
            this.convergenceMrad = alpha;
            return this;
        }

        public Builder defocusA(double df) {
            this.defocusA = df;
            return this;
        }

        public Builder scan(int rows, int cols) {
            this.scanRows = rows;
            this.scanCols = cols;
            return this;
        }

        public Builder frameSize(int f) {
            this.frameSize = f;
            return this;
        }

        /** Slice thickness in Å; NaN = half the lattice parameter (one atomic plane per slice). */
        public Builder sliceThicknessA(double dz) {
            this.sliceThicknessA = dz;
            return this;
        }

        public Builder gridSize(int n) {
            this.gridSize = n;
            return this;
        }

        public Builder mode(SimulationMode m) {
            this.mode = m;
            return this;
        }

        public Builder prismFactor(int f) {
            this.prismFactor = f;
            return this;
        }

        public Builder dose(double electronsPerPattern) {
            this.dose = electronsPerPattern;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder threads(int t) {
            this.threads = t;
            return this;
        }

        public SimulationSettings build() {
            double dz = Double.isNaN(sliceThicknessA) ? model.latticeA() / 2 : sliceThicknessA;
            return new SimulationSettings(model, beamEnergyKeV, convergenceMrad, defocusA, scanRows, scanCols,
                    frameSize, dz, gridSize, mode, prismFactor, dose, seed, threads);
        }
    }
}
