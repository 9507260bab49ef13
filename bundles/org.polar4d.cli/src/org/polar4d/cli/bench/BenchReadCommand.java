package org.polar4d.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polar4d.cli.ReaderOptions;
import org.polar4d.cli.GlobalOptions;
import org.polar4d.cli.JsonText;
import org.polar4d.cli.UsageException;
import org.polar4d.cli.WorkerThreads;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.pass.FrameReducer;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code polar4d bench read FILE}: one full streamed pass summing every pixel with {@link ScanPass} on all
 * cores, after untimed warm-up passes; GB/s of pixel data (the key names of ../shared/bench/numpy_read.py).
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read throughput: one timed full pass summing every pixel (ScanPass, all cores), after --warmup untimed ones.",
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

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
            description = {"Untimed passes first (default: 1), each over its own opening of the file, so that the "
                    + "timed pass runs compiled code as in a long-running KNIME JVM but maps the file afresh; "
                    + "the first one's rate is reported as first_pass_gb_per_s."})
    int warmup;

    @Spec
    CommandSpec spec;

    /**
     * Sum of every pixel. Frames are added element by element into a float array the size of the pass's
     * block buffer (same index in both arrays, which the JIT vectorises); every 256 frames that array is
     * added up in double precision, so sums of integer data up to 16 bits are exact.
     */
    static final class PixelSum implements FrameReducer<PixelSum.Total> {
        private static final int FLUSH_FRAMES = 256;
        private final int pixels;

        PixelSum(int pixels) {
            this.pixels = pixels;
        }

        /** A partial sum: completed total plus the pending element-wise float sums. */
        static final class Total {
            private double sum;
            private float[] pending = new float[0];
            private int frames;

            double sum() {
                flush();
                return sum;
            }

            private void flush() {
                double t = 0;
                for (int i = 0; i < pending.length; i++) {
                    t += pending[i];
                    pending[i] = 0;
                }
                sum += t;
                frames = 0;
            }
        }

        @Override
        public Total newPartial() {
            return new Total();
        }

        @Override
        public void accept(Total partial, long index, float[] frames, int offset) {
            if (partial.pending.length != frames.length) {
                partial.flush();
                partial.pending = new float[frames.length];
            }
            addInto(partial.pending, frames, offset, offset + pixels);
            if (++partial.frames == FLUSH_FRAMES) {
                partial.flush();
            }
        }

        private static void addInto(float[] pending, float[] frames, int from, int to) {
            for (int i = from; i < to; i++) {
                pending[i] += frames[i];
            }
        }

        @Override
        public Total merge(Total left, Total right) {
            left.sum += right.sum();
            return left;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (warmup < 0) {
            throw new UsageException("--warmup must be 0 or more, got " + warmup);
        }
        int n = threads.count();
        double firstPass = Double.NaN;
        for (int w = 0; w < warmup; w++) {
            try (Dataset4D ds = DatasetIO.open(file, reader.toReadOptions())) {
                long start = System.nanoTime();
                sum(ds, n);
                firstPass = w == 0 ? (System.nanoTime() - start) / 1e9 : firstPass;
            }
        }
        try (Dataset4D ds = DatasetIO.open(file, reader.toReadOptions())) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            double sum = sum(ds, n);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long bytes = ds.dataBytes();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("peer", "polar4d-scanpass");
            m.put("file", file.getFileName().toString());
            m.put("bytes", bytes);
            m.put("seconds", round3(seconds));
            m.put("gb_per_s", round3(bytes / seconds / 1e9));
            m.put("sum", sum);
            m.put("format", ds.provenance().format());
            m.put("dtype", ds.elementType().shortName());
            m.put("threads", n);
            m.put("cpu_seconds", round3(cpuSeconds));
            m.put("warmup_passes", warmup);
            if (warmup > 0) {
                m.put("first_pass_gb_per_s", round3(bytes / firstPass / 1e9));
            }
            m.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            spec.commandLine().getOut().println(JsonText.of(m));
        }
        return 0;
    }

    private static double sum(Dataset4D ds, int threads) throws IOException, CanceledException {
        return new ScanPass(ds, threads).run(new PixelSum(ds.frameShape().pixels()), Progress.NONE).sum();
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** CPU time (user + system) of this process so far, in ns; -1 if the platform does not tell. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }
}
