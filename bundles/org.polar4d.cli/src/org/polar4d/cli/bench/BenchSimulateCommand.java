package org.polar4d.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polar4d.cli.UsageException;
import org.polar4d.cli.GlobalOptions;
import org.polar4d.cli.JsonText;
import org.polar4d.cli.SimulationOptions;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.core.sim.SimulationMode;
import org.polar4d.core.sim.SimulationSettings;
import org.polar4d.core.sim.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code polar4d bench simulate}: patterns per second of plain multislice and PRISM on the same scan,
 * their FFT FLOPs per pattern and the fraction of the CPU's FLOP bound they reach.
 */
@Command(name = "simulate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Time plain multislice and PRISM on the same scan (runs alternate; medians reported).",
            "Multislice: patterns/s over a sample of probe positions (the per-position cost is the same everywhere)."
                + " PRISM: the whole scan including the S-matrix, as positions / total seconds.",
            "FLOPs per pattern = FFT count x 5 N log2 N (PRISM: S-matrix FFTs spread over the scan)."},
        footer = {"", "Examples:", "  polar4d bench simulate", "  polar4d bench simulate --scan 32x32 --frame 128"
            + " --cells 2 --thickness 20nm --runs 3"})
final class BenchSimulateCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions sim;

    @Option(names = "--class", paramLabel = "ID", description = "Polarization class (default: ${DEFAULT-VALUE}).",
            defaultValue = "RU")
    String polarization;

    @Option(names = "--sample", paramLabel = "N", description = "Probe positions timed in multislice mode"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "8")
    int sample;

    @Option(names = "--runs", paramLabel = "N", description = "Alternating runs per mode (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int runs;

    @Override
    public Integer call() throws UsageException, CanceledException {
        try {
            return measure();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int measure() throws UsageException, CanceledException {
        if (!spec.commandLine().getParseResult().hasMatchedOption("--scan")) {
            sim.useScan("32x32");
        }
        if (runs < 1 || sample < 1) {
            throw new UsageException("--runs and --sample must be at least 1");
        }
        PolarizationClass c;
        try {
            c = PolarizationClass.parse(polarization);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--class: " + e.getMessage());
        }
        SimulationSettings base = sim.settings(c);
        SimulationSettings plain = base.toBuilder().mode(SimulationMode.MULTISLICE).prismFactor(1).dose(0).build();
        SimulationSettings prism = base.toBuilder().mode(SimulationMode.PRISM).dose(0).build();
        int positions = (int) new ScanShape(base.scanRows(), base.scanCols()).positions();
        int timed = Math.min(sample, positions);
        PrintWriter out = spec.commandLine().getOut();
        CpuPeak peak = CpuPeak.detect();
        double loadBefore = CpuPeak.loadAverage();
        out.println("machine: " + peak.describe());
        out.printf(Locale.ROOT, "load average before: %.2f; threads: %d%n", loadBefore, base.threads());

        List<Double> plainRate = new ArrayList<>();
        List<Double> plainSetup = new ArrayList<>();
        List<Double> prismRate = new ArrayList<>();
        List<Double> plainCpuShare = new ArrayList<>();
        List<Double> prismCpuShare = new ArrayList<>();
        double plainFlops = 0;
        double prismFlops = 0;
        Map<String, Object> shape = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            try (Simulator s = new Simulator(plain)) {
                long t0 = System.nanoTime();
                s.prepare(Progress.NONE);
                long t1 = System.nanoTime();
                double cpu0 = CpuPeak.processCpuSeconds();
                s.frames(0, timed, new float[timed * plain.frameSize() * plain.frameSize()], Progress.NONE);
                long t2 = System.nanoTime();
                plainCpuShare.add((CpuPeak.processCpuSeconds() - cpu0) / ((t2 - t1) / 1e9 * base.threads()));
                plainSetup.add((t1 - t0) / 1e9);
                plainRate.add(timed / ((t2 - t1) / 1e9));
                plainFlops = s.fftFlopsPerPattern();
                shape.put("grid", s.gridSize());
                shape.put("slices", s.slices());
                shape.put("beams", s.beams());
                shape.put("detector_pixel_mrad", s.detectorPixelMrad());
            }
            try (Simulator s = new Simulator(prism)) {
                long t0 = System.nanoTime();
                double cpu0 = CpuPeak.processCpuSeconds();
                s.prepare(Progress.NONE);
                float[] block = new float[Math.min(positions, 256) * prism.frameSize() * prism.frameSize()];
                for (int first = 0; first < positions; first += 256) {
                    s.frames(first, Math.min(256, positions - first), block, Progress.NONE);
                }
                long t1 = System.nanoTime();
                prismRate.add(positions / ((t1 - t0) / 1e9));
                prismCpuShare.add((CpuPeak.processCpuSeconds() - cpu0) / ((t1 - t0) / 1e9 * base.threads()));
                prismFlops = s.fftFlopsPerPattern();
            }
            out.printf(Locale.ROOT, "run %d: multislice %.3f patterns/s (setup %.2f s), prism %.2f patterns/s"
                    + " (whole %s scan incl. S-matrix)%n", run, plainRate.get(run - 1), plainSetup.get(run - 1),
                    prismRate.get(run - 1), base.scanRows() + "x" + base.scanCols());
            out.flush();
        }
        double msRate = median(plainRate);
        double prRate = median(prismRate);
        double msScan = median(plainSetup) + positions / msRate;
        double prScan = positions / prRate;
        double msGflops = plainFlops * msRate / 1e9;
        double prGflops = prismFlops * prRate / 1e9;
        double msShare = median(plainCpuShare);
        double prShare = median(prismCpuShare);
        out.printf(Locale.ROOT, "share of the %d worker cores actually obtained (CPU time / wall time): multislice"
                + " %.0f %%, prism %.0f %% (the rest went to other processes)%n", base.threads(), 100 * msShare,
                100 * prShare);
        out.printf(Locale.ROOT, "multislice: %.3f patterns/s, %.3g FLOP/pattern, %.2f GFLOP/s = %.2f %% of peak;"
                + " whole scan ~%.0f s%n", msRate, plainFlops, msGflops, 100 * msGflops / peak.gflops(), msScan);
        out.printf(Locale.ROOT, "prism:      %.2f patterns/s, %.3g FLOP/pattern, %.2f GFLOP/s = %.2f %% of peak;"
                + " whole scan %.1f s; %.1fx faster%n", prRate, prismFlops, prGflops, 100 * prGflops / peak.gflops(),
                prScan, msScan / prScan);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("patterns_per_s_multislice", msRate);
        json.put("patterns_per_s_prism", prRate);
        json.put("speedup_prism", msScan / prScan);
        json.put("flops_per_pattern", plainFlops);
        json.put("flops_per_pattern_prism", prismFlops);
        json.put("gflops_multislice", msGflops);
        json.put("gflops_prism", prGflops);
        json.put("peak_gflops", peak.gflops());
        json.put("fraction_of_peak", msGflops / peak.gflops());
        json.put("fraction_of_peak_prism", prGflops / peak.gflops());
        json.put("cpu_share_multislice", msShare);
        json.put("cpu_share_prism", prShare);
        json.put("fraction_of_peak_per_cpu_s", msGflops / msShare / peak.gflops());
        json.put("fraction_of_peak_prism_per_cpu_s", prGflops / prShare / peak.gflops());
        json.put("scan", base.scanRows() + "x" + base.scanCols());
        json.put("frame", base.frameSize());
        json.put("cells", base.model().cells());
        json.put("thickness_A", base.model().simulatedThicknessA());
        json.putAll(shape);
        json.put("threads", base.threads());
        json.put("runs", runs);
        json.put("load_avg_before", loadBefore);
        json.put("load_avg_after", CpuPeak.loadAverage());
        out.println(JsonText.of(json));
        return 0;
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }
}
