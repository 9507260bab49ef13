package org.polar4d.cli.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polar4d.cli.ReaderOptions;
import org.polar4d.cli.GlobalOptions;
import org.polar4d.cli.JsonText;
import org.polar4d.cli.WorkerThreads;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.pass.FrameReducer;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.progress.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code polar4d bench read FILE}: one full streamed pass summing every pixel with {@link ScanPass} on all
 * cores; GB/s of pixel data (the key names of /work/shared/bench/numpy_read.py).
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read throughput: one full pass summing every pixel (ScanPass, all cores).",
        footer = {"", "Examples:", "  polar4d bench read scan.mib",
            "  POLAR4D_JAVA_OPTS=-Xmx256m polar4d bench read big.npy    (streams files larger than the heap)"})
final class BenchReadCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    ReaderOptions reader;

    @Parameters(paramLabel = "FILE", description = "Dataset to read.")
    Path file;

    @Mixin
    WorkerThreads threads;

    @Spec
    CommandSpec spec;

    /**
     * Sum of every pixel: eight float lanes over runs of 1024 pixels (exact for integer data up to 16 bits),
     * then double precision; eight independent accumulators keep the adders busy where a single chain
     * would be latency-bound.
     */
    static final class PixelSum implements FrameReducer<double[]> {
        private static final int RUN = 1024;
        private final int pixels;

        PixelSum(int pixels) {
            this.pixels = pixels;
        }

        @Override
        public double[] newPartial() {
            return new double[1];
        }

        @Override
        public void accept(double[] partial, long index, float[] frames, int offset) {
            double total = 0;
            int end = offset + pixels;
            for (int run = offset; run < end; run += RUN) {
                int stop = Math.min(end, run + RUN);
                float a0 = 0;
                float a1 = 0;
                float a2 = 0;
                float a3 = 0;
                float a4 = 0;
                float a5 = 0;
                float a6 = 0;
                float a7 = 0;
                int p = run;
                for (; p + 8 <= stop; p += 8) {
                    a0 += frames[p];
                    a1 += frames[p + 1];
                    a2 += frames[p + 2];
                    a3 += frames[p + 3];
                    a4 += frames[p + 4];
                    a5 += frames[p + 5];
                    a6 += frames[p + 6];
                    a7 += frames[p + 7];
                }
                for (; p < stop; p++) {
                    a0 += frames[p];
                }
                total += ((double) a0 + a1 + a2 + a3) + ((double) a4 + a5 + a6 + a7);
            }
            partial[0] += total;
        }

        @Override
        public double[] merge(double[] left, double[] right) {
            return new double[] {left[0] + right[0]};
        }
    }

    @Override
    public Integer call() throws Exception {
        int n = threads.count();
        try (Dataset4D ds = DatasetIO.open(file, reader.toReadOptions())) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            double sum = new ScanPass(ds, n).run(new PixelSum(ds.frameShape().pixels()), Progress.NONE)[0];
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long bytes = ds.dataBytes();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("peer", "polar4d-scanpass");
            m.put("file", file.getFileName().toString());
            m.put("bytes", bytes);
            m.put("seconds", Math.round(seconds * 1000) / 1000.0);
            m.put("gb_per_s", Math.round(bytes / seconds / 1e9 * 1000) / 1000.0);
            m.put("sum", sum);
            m.put("format", ds.provenance().format());
            m.put("dtype", ds.elementType().shortName());
            m.put("threads", n);
            m.put("cpu_seconds", Math.round(cpuSeconds * 1000) / 1000.0);
            m.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            spec.commandLine().getOut().println(JsonText.of(m));
        }
        return 0;
    }

    /** CPU time (user + system) of this process so far, in ns; -1 if the platform does not tell. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }
}
