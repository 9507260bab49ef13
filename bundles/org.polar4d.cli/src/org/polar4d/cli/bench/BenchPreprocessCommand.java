package org.polar4d.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.polar4d.cli.UsageException;
import org.polar4d.cli.ReaderOptions;
import org.polar4d.cli.GlobalOptions;
import org.polar4d.cli.JsonText;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.io.npy.NpyWriter;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSetTarget;
import org.polar4d.core.preprocess.DatasetAnalysis;
import org.polar4d.core.preprocess.FramePreprocessor;
import org.polar4d.core.preprocess.LabelledDataset;
import org.polar4d.core.preprocess.PatternSetBuilder;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code polar4d bench preprocess}: the paper's preprocessing (global CoM pass, crop + min-max pass into
 * memory) timed like {@code /work/shared/bench/numpy_preprocess.py}, whose JSON keys it prints.
 */
@Command(name = "preprocess", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Time the paper's preprocessing of a scan (global centre of mass, S x S crop, min-max) into "
                + "memory; the last line is JSON with the keys of numpy_preprocess.py.",
        footer = {"", "Examples:", "  polar4d bench preprocess scan.npy --threads 2"})
final class BenchPreprocessCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    ReaderOptions reader;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scan to preprocess (any readable format).")
    Path file;

    @Option(names = "--size", paramLabel = "S", defaultValue = "64", description = "Crop size (default: 64).")
    int size;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Worker threads (default: 2).")
    int threads;

    @Option(names = "--out", paramLabel = "CROPS.npy", description = "Also write the crops (N x S x S float32).")
    Path out;

    @Override
    public Integer call() throws IOException, CanceledException, UsageException {
        if (threads < 1 || size < 1) {
            throw new UsageException("--threads and --size must be at least 1");
        }
        PreprocessingRecipe recipe = PreprocessingRecipe.PAPER.withCropSize(size);
        PatternSetBuilder builder = new PatternSetBuilder(recipe, FilterSettings.NONE, threads);
        try (Dataset4D d = DatasetIO.open(file, reader.toReadOptions())) {
            List<LabelledDataset> inputs = List.of(LabelledDataset.unlabelled(d));
            long t0 = System.nanoTime();
            List<DatasetAnalysis> analyses = builder.analyse(inputs, Path.of(System.getProperty("java.io.tmpdir")),
                    Progress.NONE);
            long t1 = System.nanoTime();
            PatternSetBuilder.Result result;
            try {
                result = builder.write(inputs, analyses, PatternSetTarget.memory(), Progress.NONE);
            } finally {
                for (DatasetAnalysis a : analyses) {
                    a.close();
                }
            }
            long t2 = System.nanoTime();
            PatternSet set = result.patterns();
            if (out != null) {
                float[] all = new float[set.size() * set.pixels()];
                for (int i = 0; i < set.size(); i++) {
                    set.read(i, all, i * set.pixels());
                }
                NpyWriter.write(all, out, set.size(), size, size);
            }
            double comSeconds = (t1 - t0) / 1e9;
            double cropSeconds = (t2 - t1) / 1e9;
            var com = result.references().get(0).globalCom();
            int[] origin = new FramePreprocessor(recipe, result.references().get(0)).globalCropOrigin();
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%,d patterns of %s in %.3f s (CoM pass %.3f s, crop + min-max %.3f s), %d threads%n",
                    set.size(), d.frameShape(), comSeconds + cropSeconds, comSeconds, cropSeconds, threads);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("peer", "polar4d");
            json.put("patterns", set.size());
            json.put("frame", List.of(d.frameShape().height(), d.frameShape().width()));
            json.put("global_com", List.of(round(com.row(), 4), round(com.col(), 4)));
            json.put("crop_origin", List.of(origin[0], origin[1]));
            json.put("com_pass_s", round(comSeconds, 3));
            json.put("crop_normalise_s", round(cropSeconds, 3));
            json.put("patterns_per_s", round(set.size() / (comSeconds + cropSeconds), 1));
            json.put("threads", threads);
            json.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            w.println(JsonText.of(json));
        }
        return 0;
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
