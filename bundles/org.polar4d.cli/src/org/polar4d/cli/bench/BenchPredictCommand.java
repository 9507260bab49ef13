package org.polar4d.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polar4d.cli.UsageException;
import org.polar4d.cli.WorkerThreads;
import org.polar4d.cli.ReaderOptions;
import org.polar4d.cli.GlobalOptions;
import org.polar4d.cli.JsonText;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.core.render.PredictionMaps;
import org.polar4d.learn.archive.ModelArchive;
import org.polar4d.learn.model.PolarizationModel;
import org.polar4d.learn.predict.Predictor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code polar4d bench predict}: prediction of a whole scan plus rendering its class map, against one
 * plain streamed read of the same file, alternating, medians of several runs.
 */
@Command(name = "predict", sortOptions = false,
        description = {"Time predicting every position of a scan and rendering the class map (PNG), against one "
                + "streamed read of the same file (every frame decoded and summed), alternating; medians.",
            "The last line is JSON: total_s (predict + render), read_s, ratio = total_s / read_s, patterns_per_s."},
        footer = {"", "Examples:", "  polar4d bench predict scan128.npy --model pcaknn.zip --runs 3"})
final class BenchPredictCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scan to predict (any readable format).")
    Path file;

    @Option(names = "--model", required = true, arity = "1..*", paramLabel = "MODEL.zip",
            description = "Model archive(s); every seed votes.")
    List<Path> models;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Timed runs of each (default: 3).")
    int runs;

    @Mixin
    WorkerThreads threads;

    @Mixin
    ReaderOptions reader;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1");
        }
        int n = threads.count();
        Predictor predictor = new Predictor(new ArrayList<PolarizationModel>(ModelArchive.readModels(models)))
                .withThreads(n);
        ReadOptions options = reader.toReadOptions();
        PrintWriter out = spec.commandLine().getOut();
        Path png = Files.createTempFile("polar4d-bench-", ".png");
        double[] read = new double[runs];
        double[] total = new double[runs];
        double[] render = new double[runs];
        long positions;
        String modelName;
        try (Dataset4D ds = DatasetIO.open(file, options)) {
            positions = ds.frameCount();
            readPass(ds, n); // warm the page cache
            modelName = "?";
            for (int r = 0; r < runs; r++) {
                read[r] = readPass(ds, n);
                long t0 = System.nanoTime();
                PredictionTable t = predictor.predict(ds, Progress.NONE);
                long t1 = System.nanoTime();
                PredictionMaps.classes(t, PredictionMaps.Style.DEFAULT).write(png);
                long t2 = System.nanoTime();
                total[r] = (t2 - t0) / 1e9;
                render[r] = (t2 - t1) / 1e9;
                modelName = t.metadata(PredictionTable.KEY_MODEL).orElse("?");
                out.printf(Locale.ROOT, "run %d: read %.3f s, predict + render %.3f s (render %.3f s)%n", r + 1,
                        read[r], total[r], render[r]);
            }
        } finally {
            Files.deleteIfExists(png);
        }
        double readS = median(read);
        double totalS = median(total);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bench", "predict");
        m.put("file", file.getFileName().toString());
        m.put("model", modelName);
        m.put("models", predictor.modelCount());
        m.put("positions", positions);
        m.put("threads", n);
        m.put("runs", runs);
        m.put("read_s", round3(readS));
        m.put("total_s", round3(totalS));
        m.put("render_s", round3(median(render)));
        m.put("ratio", round3(totalS / readS));
        m.put("patterns_per_s", Math.round(positions / totalS * 10) / 10.0);
        out.println(JsonText.of(m));
        return 0;
    }

    /** Seconds for one streamed pass that decodes every frame and sums its pixels, as {@code bench read}. */
    private static double readPass(Dataset4D ds, int threads) throws IOException, CanceledException {
        long t0 = System.nanoTime();
        new ScanPass(ds, threads).run(new BenchReadCommand.PixelSum(ds.frameShape().pixels()), Progress.NONE);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
