package org.polar4d.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polar4d.core.files.AtomicFile;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.core.sim.SimulatedScan;
import org.polar4d.core.sim.SimulationMode;
import org.polar4d.core.sim.SimulationSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d simulate}: labelled synthetic 4D-STEM scans of a polar perovskite, one per class. */
@Command(name = "simulate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Simulate labelled 4D-STEM scans of a polar perovskite (multislice or PRISM), one dataset per"
            + " polarization class, each with a metadata JSON holding every parameter and the label.",
            "Convention: x right, y up; class k = in-plane polarization at 45°·k counter-clockwise from +x"
                + " (RM 0°, RU 45°, MU 90°, …, RD 315°); frame row 0 is the top, k = 0 at pixel (F/2, F/2)."},
        footer = {"", "Examples:",
            "  polar4d simulate --class all --scan 16x16 --frame 128 --out sims/",
            "  polar4d simulate --class RU --scan 32x32 --thickness 20nm --cells 2 --kv 200 --alpha 24mrad --frame 128"
                + " --dose 1e5 --seed 3 --out sims/",
            "  polar4d simulate --class MD --a-site K:0.5,Na:0.5 --a-site-order random --phonons 4 --mode multislice"
                + " --out sims/",
            "  polar4d simulate --class all --a-site Ba:1 --b-site Ti --lattice 4.00A --b-shift 0.12A --out bto/"})
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--class", paramLabel = "ID", description = "RM, RU, MU, LU, LM, LD, MD, RD or all"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "all")
    String classes;

    @Mixin
    SimulationOptions sim;

    @Option(names = "--format", paramLabel = "FMT", description = "npy or emd (default: ${DEFAULT-VALUE}).",
            defaultValue = "npy")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder; writes ID.npy"
            + " (or ID.emd) and ID.json per class.")
    Path out;

    @Override
    public Integer call() throws UsageException, IOException, CanceledException {
        String extension = switch (format.toLowerCase(Locale.ROOT)) {
            case "npy" -> ".npy";
            case "emd", "h5", "hdf5" -> ".emd";
            default -> throw new UsageException("--format must be npy or emd, got '" + format + "'");
        };
        List<PolarizationClass> todo = classes();
        List<SimulationSettings> settings = new ArrayList<>();
        for (PolarizationClass c : todo) {
            settings.add(sim.settings(c));
        }
        Files.createDirectories(out);
        PrintWriter stdout = spec.commandLine().getOut();
        for (SimulationSettings s : settings) {
            PolarizationClass c = s.label();
            Path data = out.resolve(c.name() + extension);
            long start = System.nanoTime();
            try (SimulatedScan scan = SimulatedScan.of(s); ConsoleProgress bar = new ConsoleProgress(spec.commandLine().getErr(), "simulate " + c)) {
                double prepareShare = s.mode() == SimulationMode.PRISM ? 0.8 : 0.02;
                scan.prepare(bar.slice(0, prepareShare));
                scan.reportFramesTo(bar.slice(prepareShare, 1));
                DatasetIO.write(scan, data, Progress.NONE);
                writeMetadata(out.resolve(c.name() + ".json"), scan, data);
                stdout.printf(Locale.ROOT, "%s  %s  %s scan of %s frames, %.4g mrad/pixel, %.1f s%n", c, data,
                        scan.scanShape(), scan.frameShape(), scan.simulator().detectorPixelMrad(),
                        (System.nanoTime() - start) / 1e9);
                stdout.flush();
            } catch (IOException e) {
                if (e.getCause() instanceof CanceledException ce) {
                    throw ce;
                }
                throw e;
            } catch (IllegalArgumentException e) {
                // settings the simulator cannot honour (grid too coarse, not enough memory, …)
                throw new UsageException(e.getMessage());
            }
        }
        return 0;
    }

    private List<PolarizationClass> classes() throws UsageException {
        if (classes.trim().equalsIgnoreCase("all")) {
            return List.of(PolarizationClass.values());
        }
        List<PolarizationClass> list = new ArrayList<>();
        for (String id : classes.split(",")) {
            try {
                list.add(PolarizationClass.parse(id));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--class: " + e.getMessage() + " or all");
            }
        }
        return list;
    }

    /** The label, shape, calibration and every simulation parameter, written atomically. */
    static void writeMetadata(Path file, SimulatedScan scan, Path data) throws IOException {
        PolarizationClass c = scan.label().orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", data.getFileName().toString());
        m.put("label", c.name());
        m.put("label_index", c.index());
        m.put("label_name", c.longName());
        m.put("polarization_deg", scan.settings().model().polarizationDeg());
        m.put("shape", List.of(scan.scanShape().rows(), scan.scanShape().cols(), scan.frameShape().height(),
                scan.frameShape().width()));
        m.put("dtype", "float32");
        m.put("axes", List.of("scan_row", "scan_col", "frame_row", "frame_col"));
        Calibration cal = scan.calibration();
        Map<String, Object> calibration = new LinkedHashMap<>();
        cal.scanStepValue().ifPresent(q -> calibration.put("scan_step_" + q.unit(), q.value()));
        cal.reciprocalPixelValue().ifPresent(q -> calibration.put("detector_pixel_" + q.unit(), q.value()));
        cal.beamEnergy().ifPresent(v -> calibration.put("beam_energy_keV", v));
        cal.convergenceSemiAngle().ifPresent(v -> calibration.put("convergence_semi_angle_mrad", v));
        cal.scanRotation().ifPresent(v -> calibration.put("scan_rotation_deg", v));
        m.put("calibration", calibration);
        Map<String, Object> parameters = new LinkedHashMap<>();
        scan.provenance().details().forEach((k, v) -> parameters.put(k.startsWith("sim.") ? k.substring(4) : k, v));
        m.put("parameters", parameters);
        AtomicFile.writeString(file, JsonText.pretty(m) + "\n");
    }
}
