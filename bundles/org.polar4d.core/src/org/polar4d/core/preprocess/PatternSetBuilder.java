package org.polar4d.core.preprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.filter.FilterReport;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.pass.FrameReducer;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSetTarget;
import org.polar4d.core.patterns.PatternSets;
import org.polar4d.core.patterns.PatternSink;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Datasets → one pattern set: per dataset, a measuring pass (global centre of mass and filter
 * statistics, {@link DatasetAnalysis}), then a second streamed pass that cuts the kept frames into
 * patterns and writes them straight to the target (heap or file). Memory is bounded by the pass
 * blocks and 16 bytes of metadata per pattern; the data never sits in the heap when the target is
 * a file. Patterns keep scan order within each dataset, datasets follow the input order.
 */
public final class PatternSetBuilder {

    private final PreprocessingRecipe recipe;
    private final FilterSettings filters;
    private final int threads;

    public PatternSetBuilder(PreprocessingRecipe recipe, FilterSettings filters, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.recipe = recipe;
        this.filters = filters;
        this.threads = threads;
    }

    /**
     * @param patterns the new set; the caller closes it
     * @param report patterns removed per filter and dataset
     * @param references per dataset, what its patterns were cut with
     */
    public record Result(PatternSet patterns, FilterReport report, List<DatasetReference> references) {
    }

    public Result build(List<LabelledDataset> inputs, PatternSetTarget target, Progress progress)
            throws IOException, CanceledException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no datasets to preprocess");
        }
        int n = inputs.size();
        List<DatasetAnalysis> analyses = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            LabelledDataset in = inputs.get(i);
            DatasetAnalysis a = DatasetAnalysis.run(in.dataset(), in.name(), recipe, filters, threads,
                    progress.slice(0.5 * i / n, 0.5 * (i + 1) / n));
            analyses.add(a);
            total += a.keptCount();
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(total + " patterns are more than a pattern set holds");
        }
        int size = recipe.cropSize();
        try (PatternSink sink = target.open((int) total, size, size)) {
            int first = 0;
            for (int i = 0; i < n; i++) {
                cut(inputs.get(i), i, analyses.get(i), sink, first, progress.slice(0.5 + 0.5 * i / n,
                        0.5 + 0.5 * (i + 1) / n));
                first += analyses.get(i).keptCount();
            }
            List<String> names = inputs.stream().map(LabelledDataset::name).toList();
            PatternSet set = sink.finish(names, recipeProperties(inputs, analyses));
            progress.update(1, total + " patterns");
            return new Result(set, new FilterReport(analyses.stream().map(DatasetAnalysis::report).toList()),
                    analyses.stream().map(DatasetAnalysis::reference).toList());
        }
    }

    private void cut(LabelledDataset input, int sourceIndex, DatasetAnalysis analysis, PatternSink sink, int first,
            Progress progress) throws IOException, CanceledException {
        boolean[] keep = analysis.keep();
        int[] slot = new int[keep.length];
        for (int f = 0, s = first; f < keep.length; f++) {
            slot[f] = keep[f] ? s++ : -1;
        }
        Dataset4D d = input.dataset();
        FramePreprocessor preprocessor = new FramePreprocessor(recipe, analysis.reference());
        int label = input.labelIndex();
        int cols = d.scanShape().cols();
        // scratch space per thread, not per partition: the pass keeps every partial until it ends
        ThreadLocal<Cutter> cutters = ThreadLocal.withInitial(() -> new Cutter(preprocessor.newWorker()));
        FrameReducer<Long> writer = new FrameReducer<>() {
            @Override
            public Long newPartial() {
                return 0L;
            }

            @Override
            public void accept(Long ignored, long index, float[] frames, int offset) {
                int s = slot[(int) index];
                if (s < 0) {
                    return;
                }
                Cutter cutter = cutters.get();
                cutter.worker.process(frames, offset, cutter.pattern, 0);
                try {
                    sink.put(s, cutter.pattern, 0, label, sourceIndex, (int) (index / cols), (int) (index % cols));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Long merge(Long left, Long right) {
                return left;
            }
        };
        try {
            new ScanPass(d, threads).run(writer, progress);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One partition's preprocessing scratch space and pattern buffer. */
    private static final class Cutter {
        final FramePreprocessor.Worker worker;
        final float[] pattern;

        Cutter(FramePreprocessor.Worker worker) {
            this.worker = worker;
            this.pattern = new float[worker.pixels()];
        }
    }

    private Map<String, String> recipeProperties(List<LabelledDataset> inputs, List<DatasetAnalysis> analyses) {
        Map<String, String> p = new LinkedHashMap<>(recipe.toProperties());
        p.putAll(filters.toProperties());
        for (int i = 0; i < inputs.size(); i++) {
            DatasetAnalysis a = analyses.get(i);
            Map<String, String> source = new LinkedHashMap<>(a.reference().toProperties());
            source.put("label", inputs.get(i).labelValue().map(Enum::name).orElse("none"));
            source.put("scanShape", inputs.get(i).dataset().scanShape().toString());
            source.put("frames", Long.toString(a.report().frames()));
            source.put("kept", Long.toString(a.report().kept()));
            int idx = i;
            source.forEach((k, v) -> p.put(PatternSets.sourceKey(idx, k), v));
        }
        return p;
    }
}
