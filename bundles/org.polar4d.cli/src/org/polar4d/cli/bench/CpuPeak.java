package org.polar4d.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The machine's single-precision FLOP bound, cores × clock × FLOPs per cycle, from /proc/cpuinfo.
 * FLOPs per cycle per core are assumed from the vector flags: AVX-512 with FMA 64 (two 16-lane FMA
 * units), AVX2 with FMA 32, AVX 16, SSE2 8, else 4. The clock is the largest "cpu MHz" reported.
 */
record CpuPeak(String model, int cores, double ghz, int flopsPerCycle, String assumption) {

    static CpuPeak detect() {
        int cores = Runtime.getRuntime().availableProcessors();
        String model = "unknown CPU";
        double mhz = 0;
        Set<String> flags = new HashSet<>();
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                String[] kv = line.split(":", 2);
                if (kv.length < 2) {
                    continue;
                }
                String key = kv[0].trim();
                if (key.equals("model name")) {
                    model = kv[1].trim();
                } else if (key.equals("cpu MHz")) {
                    mhz = Math.max(mhz, Double.parseDouble(kv[1].trim()));
                } else if (key.equals("flags")) {
                    flags.addAll(Arrays.asList(kv[1].trim().split("\\s+")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc/cpuinfo (not Linux): fall back below
        }
        if (mhz == 0) {
            mhz = 2000;
        }
        int perCycle;
        String why;
        if (flags.contains("avx512f") && flags.contains("fma")) {
            perCycle = 64;
            why = "AVX-512 + FMA: 2 FMA units x 16 float lanes x 2";
        } else if (flags.contains("avx2") && flags.contains("fma")) {
            perCycle = 32;
            why = "AVX2 + FMA: 2 FMA units x 8 float lanes x 2";
        } else if (flags.contains("avx")) {
            perCycle = 16;
            why = "AVX: 8-lane add + 8-lane multiply";
        } else if (flags.contains("sse2")) {
            perCycle = 8;
            why = "SSE2: 4-lane add + 4-lane multiply";
        } else {
            perCycle = 4;
            why = "unknown vector unit, 4 assumed";
        }
        return new CpuPeak(model, cores, mhz / 1000, perCycle, why);
    }

    double gflops() {
        return cores * ghz * flopsPerCycle;
    }

    String describe() {
        return String.format(Locale.ROOT, "%s, %d cores x %.2f GHz x %d single-precision FLOP/cycle (%s) = %.0f GFLOP/s",
                model, cores, ghz, flopsPerCycle, assumption, gflops());
    }

    /** CPU seconds (user + system) this process has used so far, from /proc/self/stat; NaN elsewhere. */
    static double processCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // fields after the command name start at field 3 (state); utime and stime are fields 14 and 15
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The 1-minute load average, or NaN. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
