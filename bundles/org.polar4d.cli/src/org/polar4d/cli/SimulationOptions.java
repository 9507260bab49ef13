package org.polar4d.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.sim.ASiteOrder;
import org.polar4d.core.sim.Element;
import org.polar4d.core.sim.PerovskiteModel;
import org.polar4d.core.sim.SimulationMode;
import org.polar4d.core.sim.SimulationSettings;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The crystal, optics and sampling options shared by {@code simulate} and {@code bench simulate}. */
public final class SimulationOptions {

    @Option(names = "--scan", paramLabel = "ROWSxCOLS", description = "Probe positions over the supercell"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "16x16")
    String scan;

    @Option(names = "--thickness", paramLabel = "LENGTH", description = "Specimen thickness, rounded to whole"
            + " unit cells; nm unless a unit is given (default: ${DEFAULT-VALUE}).", defaultValue = "20nm")
    String thickness;

    @Option(names = "--cells", paramLabel = "N", description = "Unit cells per side of the square supercell"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "2")
    int cells;

    @Option(names = "--kv", paramLabel = "KV", description = "Accelerating voltage in kV (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    String kv;

    @Option(names = "--alpha", paramLabel = "ANGLE", description = "Probe convergence semi-angle; mrad unless a unit"
            + " is given (default: ${DEFAULT-VALUE}).", defaultValue = "24mrad")
    String alpha;

    @Option(names = "--defocus", paramLabel = "LENGTH", description = "Probe focus depth below the entrance surface;"
            + " nm unless a unit is given (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    String defocus;

    @Option(names = "--frame", paramLabel = "PIXELS", description = "Detector frame edge in pixels, even"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "128")
    int frame;

    @Option(names = "--mode", paramLabel = "MODE", description = "multislice or prism (default: ${DEFAULT-VALUE}).",
            defaultValue = "prism")
    String mode;

    @Option(names = "--prism-factor", paramLabel = "F", description = "PRISM interpolation factor; 1 is exact,"
            + " larger is faster with f-times coarser detector pixels (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int prismFactor;

    @Option(names = "--lattice", paramLabel = "LENGTH", description = "Cubic lattice parameter; Å unless a unit is"
            + " given (default: ${DEFAULT-VALUE}).", defaultValue = "3.95A")
    String lattice;

    @Option(names = "--a-site", paramLabel = "EL:FRAC,...", description = "A-site composition"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "K:0.5,Na:0.5")
    String aSite;

    @Option(names = "--a-site-order", paramLabel = "ORDER", description = "averaged (virtual crystal) or random"
            + " (seeded occupancy) (default: ${DEFAULT-VALUE}).", defaultValue = "averaged")
    String aSiteOrder;

    @Option(names = "--b-site", paramLabel = "EL", description = "B-site element (default: ${DEFAULT-VALUE}).",
            defaultValue = "Nb")
    String bSite;

    @Option(names = "--b-shift", paramLabel = "LENGTH", description = "B displacement along the polarization;"
            + " Å unless a unit is given (default: ${DEFAULT-VALUE}).", defaultValue = "0.10A")
    String bShift;

    @Option(names = "--o-shift", paramLabel = "LENGTH", description = "O displacement against the polarization;"
            + " Å unless a unit is given (default: ${DEFAULT-VALUE}).", defaultValue = "0.05A")
    String oShift;

    @Option(names = "--elevation", paramLabel = "DEG", description = "Out-of-plane elevation of the polarization in"
            + " degrees (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    double elevation;

    @Option(names = "--phonons", paramLabel = "N", description = "Frozen-phonon configurations averaged per pattern;"
            + " 0 = static lattice (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    int phonons;

    @Option(names = "--phonon-rms", paramLabel = "LENGTH", description = "RMS thermal displacement per axis; Å unless"
            + " a unit is given (default: ${DEFAULT-VALUE}).", defaultValue = "0.08A")
    String phononRms;

    @Option(names = "--slice", paramLabel = "LENGTH", description = "Slice thickness; Å unless a unit is given"
            + " (default: half the lattice parameter).")
    String slice;

    @Option(names = "--grid", paramLabel = "N", description = "Real-space pixels per supercell edge (default:"
            + " automatic, ≥ 1.5 × frame and ≤ 0.05 Å per pixel).", defaultValue = "0")
    int grid;

    @Option(names = "--dose", paramLabel = "ELECTRONS", description = "Electrons per pattern for Poisson noise;"
            + " 0 = noise-free fractions of the beam (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    double dose;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of occupancy, phonons and noise"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long seed;

    @Mixin
    WorkerThreads threads;

    /** Replaces the scan shape, e.g. with a command's own default when {@code --scan} was not given. */
    public void useScan(String rowsByCols) {
        scan = rowsByCols;
    }

    /** Settings for one polarization class. */
    public SimulationSettings settings(PolarizationClass c) throws UsageException {
        try {
            double latticeA = Units.lengthA(lattice, "A", "--lattice");
            PerovskiteModel model = new PerovskiteModel(latticeA, cells, Units.lengthA(thickness, "nm", "--thickness"),
                    composition(), order(), Element.parse(bSite), Element.O, c.angleDegrees(), elevation,
                    Units.lengthA(bShift, "A", "--b-shift"), Units.lengthA(oShift, "A", "--o-shift"), phonons,
                    phonons > 0 ? Units.lengthA(phononRms, "A", "--phonon-rms") : 0);
            ScanShape s = ScanShape.parse(scan);
            SimulationSettings.Builder b = SimulationSettings.builder().model(model)
                    .beamEnergyKeV(Units.kiloVolts(kv, "--kv")).convergenceMrad(Units.angleMrad(alpha, "--alpha"))
                    .defocusA(Units.lengthA(defocus, "nm", "--defocus")).scan(s.rows(), s.cols()).frameSize(frame)
                    .gridSize(grid).mode(SimulationMode.parse(mode)).prismFactor(prismFactor).dose(dose).seed(seed);
            if (slice != null) {
                b.sliceThicknessA(Units.lengthA(slice, "A", "--slice"));
            }
            return b.threads(threads.count()).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Map<Element, Double> composition() throws UsageException {
        Map<Element, Double> m = new LinkedHashMap<>();
        for (String part : aSite.split(",")) {
            String[] kv2 = part.split(":");
            if (kv2.length != 2) {
                throw new UsageException("--a-site must look like K:0.5,Na:0.5, got '" + aSite + "'");
            }
            try {
                m.put(Element.parse(kv2[0]), Double.parseDouble(kv2[1].trim()));
            } catch (NumberFormatException e) {
                throw new UsageException("--a-site: '" + kv2[1] + "' is not a fraction");
            }
        }
        return m;
    }

    private ASiteOrder order() throws UsageException {
        try {
            return ASiteOrder.valueOf(aSiteOrder.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--a-site-order must be averaged or random, got '" + aSiteOrder + "'");
        }
    }
}
