package org.polar4d.core.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * The transmission functions t(r) = exp(iσ v_z(r)) of every slice, band-limited to 2/3 of Nyquist,
 * on the lateral tile grid. Slices with identical atoms share one array, so a periodic crystal needs
 * only two (AO and BO2 planes) whatever its thickness.
 *
 * <p>The projected potential of a slice comes from {@link ProjectedPotential}.
 */
final class SlicedPotential {

    private SlicedPotential() {
    }

    /** Key of a slice's content: positions and species of its atoms, in creation order. */
    private record AtomXY(double x, double y, int species) {
    }

    /**
     * Transmission functions per configuration and slice ({@code [config][slice]}), complex
     * interleaved on the tile grid; identical slices share an array.
     */
    static float[][][] build(PerovskiteCrystal crystal, SimulationGeometry g, Parallel parallel, Progress progress)
            throws CanceledException {
        int configs = crystal.configurations();
        Map<List<AtomXY>, Integer> unique = new HashMap<>();
        List<List<AtomXY>> contents = new ArrayList<>();
        int[][] index = new int[configs][g.slices()];
        for (int c = 0; c < configs; c++) {
            List<List<AtomXY>> slices = new ArrayList<>();
            for (int s = 0; s < g.slices(); s++) {
                slices.add(new ArrayList<>());
            }
            for (Atom a : crystal.atoms(c)) {
                int s = Math.min(g.slices() - 1, Math.max(0, (int) Math.floor(a.z() / g.sliceA())));
                slices.get(s).add(new AtomXY(a.x(), a.y(), a.species()));
            }
            for (int s = 0; s < g.slices(); s++) {
                List<AtomXY> key = slices.get(s);
                Integer id = unique.get(key);
                if (id == null) {
                    id = contents.size();
                    unique.put(key, id);
                    contents.add(key);
                }
                index[c][s] = id;
            }
        }
        int t = g.tileSize();
        Memory.require((long) contents.size() * 2 * t * t * Float.BYTES, contents.size()
                + " distinct slices of " + t + "x" + t + " pixels",
                "use fewer frozen-phonon configurations, averaged A sites, a thicker slice or a smaller frame");
        float[][] transmissions = new float[contents.size()][];
        AtomicInteger done = new AtomicInteger();
        ProjectedPotential potential = new ProjectedPotential(crystal.species(), g.tileSize(), g.tileExtentA());
        parallel.forEach(contents.size(), progress, i -> {
            transmissions[i] = transmission(contents.get(i), potential, g);
            int d = done.incrementAndGet();
            progress.update((double) d / contents.size(), "potential: slice " + d + " / " + contents.size());
        });
        float[][][] result = new float[configs][g.slices()][];
        for (int c = 0; c < configs; c++) {
            for (int s = 0; s < g.slices(); s++) {
                result[c][s] = transmissions[index[c][s]];
            }
        }
        return result;
    }

    private static float[] transmission(List<AtomXY> atoms, ProjectedPotential potential, SimulationGeometry g) {
        int t = g.tileSize();
        List<Atom> asAtoms = new ArrayList<>(atoms.size());
        for (AtomXY a : atoms) {
            asAtoms.add(new Atom(a.x(), a.y(), 0, a.species()));
        }
        float[] v = potential.of(asAtoms);
        float[] w = new float[2 * t * t];
        double sigma = g.sigma();
        for (int p = 0; p < t * t; p++) {
            double phase = sigma * v[p];
            w[2 * p] = (float) Math.cos(phase);
            w[2 * p + 1] = (float) Math.sin(phase);
        }
        Fft2 fft = new Fft2(t);
        fft.forward(w);
        double cut2 = g.bandLimit() * g.bandLimit();
        double dk = 1 / g.tileExtentA();
        for (int iy = 0; iy < t; iy++) {
            double ky = SimulationGeometry.signedIndex(iy, t) * dk;
            for (int ix = 0; ix < t; ix++) {
                double kx = SimulationGeometry.signedIndex(ix, t) * dk;
                if (kx * kx + ky * ky > cut2) {
                    int p = iy * t + ix;
                    w[2 * p] = 0;
                    w[2 * p + 1] = 0;
                }
            }
        }
        fft.inverse(w);
        return w;
    }
}
