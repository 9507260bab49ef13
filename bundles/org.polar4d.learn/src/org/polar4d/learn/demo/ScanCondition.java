package org.polar4d.learn.demo;

import java.util.List;

import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.sim.PerovskiteModel;
import org.polar4d.core.sim.SimulationSettings;

/**
 * Conditions of simulated KNN scans: one scan per listed class, each over {@code scanCells}² unit
 * cells with {@code positions}² probe positions. Every scan is simulated with PRISM on a 2×2-cell
 * window (interpolation factor {@code scanCells / 2}), so the detector sampling equals the training
 * scans' whatever the field of view; what changes between conditions is the thickness, the dose
 * and the probe positions.
 *
 * @param id short identifier used in dataset names, e.g. {@code 50nm}
 * @param description one line for the report
 * @param classes one scan per class
 * @param scanCells unit cells per side covered by the scan (a multiple of {@link #WINDOW_CELLS})
 * @param thicknessNm specimen thickness
 * @param dose electrons per pattern (Poisson noise); 0 = noise-free
 * @param positions probe positions per side
 */
public record ScanCondition(String id, String description, List<PolarizationClass> classes, int scanCells,
        double thicknessNm, double dose, int positions) {

    /** Unit cells per side of the simulated supercell window (as the paper's training data). */
    public static final int WINDOW_CELLS = 2;

    public ScanCondition {
        classes = List.copyOf(classes);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("condition '" + id + "' has no class to simulate");
        }
        if (scanCells < WINDOW_CELLS || scanCells % WINDOW_CELLS != 0) {
            throw new IllegalArgumentException("condition '" + id + "': the scan must cover a multiple of "
                    + WINDOW_CELLS + " unit cells, got " + scanCells);
        }
        if (!(thicknessNm > 0) || dose < 0 || positions < 2) {
            throw new IllegalArgumentException("condition '" + id + "': thickness must be > 0, dose >= 0 and at least"
                    + " 2 positions per side");
        }
    }

    /** Dataset name in the paper's style, e.g. {@code 3S-LU-50nm}: index, class and condition id. */
    public String datasetName(int index, PolarizationClass c) {
        return index + "S-" + c.name() + "-" + id;
    }

    /** Simulation settings of the scan of class {@code c}. */
    public SimulationSettings simulation(PolarizationClass c, DemoSettings.Optics optics, long seed, int threads) {
        int factor = scanCells / WINDOW_CELLS;
        return SimulationSettings.builder()
                .model(PerovskiteModel.knn(c, scanCells, thicknessNm * 10))
                .beamEnergyKeV(optics.beamEnergyKeV())
                .convergenceMrad(optics.convergenceMrad())
                .frameSize(optics.frameSize())
                .sliceThicknessA(optics.sliceThicknessA())
                .gridSize(optics.gridPerCell() * scanCells)
                .prismFactor(factor)
                .scan(positions, positions)
                .dose(dose)
                .seed(seed)
                .threads(threads)
                .build();
    }

    /** Scan step in Å. */
    public double scanStepA() {
        return scanCells * PerovskiteModel.KNN_LATTICE_A / positions;
    }

    static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
