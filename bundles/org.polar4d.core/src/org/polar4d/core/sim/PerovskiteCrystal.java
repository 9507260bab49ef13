package org.polar4d.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The atoms of a {@link PerovskiteModel}. Only the lateral tile that repeats is built: one unit cell
 * if every cell is identical ({@link PerovskiteModel#isCellPeriodic()}), else the whole supercell.
 *
 * <p>Along the beam the AO plane of cell l sits at z = (l + ¼)c and the BO2 plane at (l + ¾)c, so
 * that with the default slice thickness c/2 every atomic plane lies in the middle of its own slice
 * and small out-of-plane or thermal displacements never move an atom into another slice.
 */
final class PerovskiteCrystal {

    /** Species indices: 0 = B, 1 = anion, 2.. = A-site species. */
    private static final int B = 0;
    private static final int ANION = 1;

    private final PerovskiteModel model;
    private final List<Species> species = new ArrayList<>();
    private final long seed;

    PerovskiteCrystal(PerovskiteModel model, long seed) {
        this.model = model;
        this.seed = seed;
        species.add(Species.of(model.bSite()));
        species.add(Species.of(model.anion()));
        if (model.aSiteOrder() == ASiteOrder.AVERAGED) {
            species.add(new Species(model.aSite()));
        } else {
            for (Element e : model.aSite().keySet()) {
                species.add(Species.of(e));
            }
        }
    }

    PerovskiteModel model() {
        return model;
    }

    List<Species> species() {
        return species;
    }

    /** Unit cells per side of the lateral tile that is built and repeated. */
    int tileCells() {
        return model.isCellPeriodic() ? 1 : model.cells();
    }

    /** Number of distinct atom configurations (frozen-phonon snapshots; 1 for a static lattice). */
    int configurations() {
        return Math.max(1, model.phononConfigs());
    }

    /**
     * Atoms of the tile in configuration {@code config}; lateral positions wrapped into [0, tile).
     * The same seed gives the same A-site occupancy and the same thermal displacements.
     */
    List<Atom> atoms(int config) {
        int m = tileCells();
        int nz = model.cellsAlongBeam();
        double a = model.latticeA();
        double[] u = polarizationVector();
        SplittableRandom occupancy = new SplittableRandom(Seeds.mix(seed, 0x0CC0L));
        SplittableRandom thermal = new SplittableRandom(Seeds.mix(seed, 0xF0F0L + config));
        double rms = model.phononConfigs() > 0 ? model.phononRmsA() : 0;
        double tile = m * a;
        List<Atom> atoms = new ArrayList<>(m * m * nz * 5);
        for (int l = 0; l < nz; l++) {
            double zA = (l + 0.25) * a;
            double zB = (l + 0.75) * a;
            for (int iy = 0; iy < m; iy++) {
                for (int ix = 0; ix < m; ix++) {
                    double x0 = ix * a;
                    double y0 = iy * a;
                    int aSpecies = aSiteSpecies(occupancy);
                    double h = a / 2;
                    double so = -model.oShiftA();
                    double sb = model.bShiftA();
                    place(atoms, thermal, rms, tile, x0, y0, zA, aSpecies);
                    place(atoms, thermal, rms, tile, x0 + h + so * u[0], y0 + h + so * u[1], zA + so * u[2], ANION);
                    place(atoms, thermal, rms, tile, x0 + h + sb * u[0], y0 + h + sb * u[1], zB + sb * u[2], B);
                    place(atoms, thermal, rms, tile, x0 + h + so * u[0], y0 + so * u[1], zB + so * u[2], ANION);
                    place(atoms, thermal, rms, tile, x0 + so * u[0], y0 + h + so * u[1], zB + so * u[2], ANION);
                }
            }
        }
        return atoms;
    }

    /** Unit vector of the polarization (x right, y up, z along the beam). */
    double[] polarizationVector() {
        double t = Math.toRadians(model.polarizationDeg());
        double e = Math.toRadians(model.elevationDeg());
        return new double[] {Math.cos(e) * Math.cos(t), Math.cos(e) * Math.sin(t), Math.sin(e)};
    }

    private int aSiteSpecies(SplittableRandom rng) {
        if (model.aSiteOrder() == ASiteOrder.AVERAGED) {
            return 2;
        }
        double r = rng.nextDouble();
        int i = 2;
        double cumulative = 0;
        for (Map.Entry<Element, Double> e : model.aSite().entrySet()) {
            cumulative += e.getValue();
            if (r < cumulative) {
                return i;
            }
            i++;
        }
        return i - 1;
    }

    private static void place(List<Atom> atoms, SplittableRandom thermal, double rms, double tile, double x, double y,
            double z, int species) {
        if (rms > 0) {
            x += rms * thermal.nextGaussian();
            y += rms * thermal.nextGaussian();
            z += rms * thermal.nextGaussian();
        }
        atoms.add(new Atom(wrap(x, tile), wrap(y, tile), z, species));
    }

    private static double wrap(double v, double period) {
        double w = v % period;
        return w < 0 ? w + period : w;
    }
}
