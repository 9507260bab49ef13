package org.polar4d.core.preprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * Datasets → one pattern set: per dataset, one streamed measuring pass (global centre of mass,
 * filter statistics, and crop windows saved to a scratch file, {@link DatasetAnalysis}), then the
 * kept patterns are cut from the windows and written to the target (heap or file). If a window
 * misses the final crop (the provisional centre was off by more than the margin) that dataset is
 * read a second time instead. Memory is bounded by the pass blocks and 16 bytes of metadata per
 * pattern; the data never sits in the heap when the target is a file. Patterns keep scan order
 * within each dataset, datasets follow the input order.
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

    /** Measures every dataset, then cuts and writes the kept patterns: {@link #analyse} + {@link #write}. */
    public Result build(List<LabelledDataset> inputs, PatternSetTarget target, Progress progress)
            throws IOException, CanceledException {
        List<DatasetAnalysis> analyses = analyse(inputs, target.scratchDirectory(), progress.slice(0, 0.5));
        try {
            return write(inputs, analyses, target, progress.slice(0.5, 1));
        } finally {
            for (DatasetAnalysis a : analyses) {
                a.close();
            }
        }
    }

    /**
     * The measuring pass of every dataset (global centre of mass, filter decisions), in input order.
     * The caller closes the analyses.
     *
     * @param scratch directory for the crop windows (null: {@link #write} reads the datasets again)
     */
    public List<DatasetAnalysis> analyse(List<LabelledDataset> inputs, Path scratch, Progress progress)
            throws IOException, CanceledException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no datasets to preprocess");
        }
        int n = inputs.size();
        List<DatasetAnalysis> analyses = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                LabelledDataset in = inputs.get(i);
                analyses.add(DatasetAnalysis.run(in.dataset(), in.name(), recipe, filters, threads, scratch,
                        progress.slice((double) i / n, (double) (i + 1) / n)));
            }
        } catch (IOException | CanceledException | RuntimeException e) {
            for (DatasetAnalysis a : analyses) {
                a.close();
            }
            throw e;
        }
        return analyses;
    }

    /** Cuts the frames each analysis keeps into patterns and writes them to the target, in input order. */
    public Result write(List<LabelledDataset> inputs, List<DatasetAnalysis> analyses, PatternSetTarget target,
            Progress progress) throws IOException, CanceledException {
        if (analyses.size() != inputs.size()) {
            throw new IllegalArgumentException(analyses.size() + " analyses for " + inputs.size() + " datasets");
        }
        int n = inputs.size();
        long total = analyses.stream().mapToLong(DatasetAnalysis::keptCount).sum();
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(total + " patterns are more than a pattern set holds");
        }
        int size = recipe.cropSize();
        try (PatternSink sink = target.open((int) total, size, size)) {
            int first = 0;
            for (int i = 0; i < n; i++) {
                Cut cut = new Cut(inputs.get(i), i, analyses.get(i), sink, first);
                Progress p = progress.slice((double) i / n, (double) (i + 1) / n);
                if (cut.windowsHoldTheCrops()) {
                    cut.fromWindows(p);
                } else {
                    cut.fromDataset(p);
                }
                first += analyses.get(i).keptCount();
            }
            List<String> names = inputs.stream().map(LabelledDataset::name).toList();
            PatternSet set = sink.finish(names, recipeProperties(inputs, analyses));
            progress.update(1, total + " patterns");
            return new Result(set, new FilterReport(analyses.stream().map(DatasetAnalysis::report).toList()),
                    analyses.stream().map(DatasetAnalysis::reference).toList());
        }
    }

    /** Cutting the kept frames of one dataset into its slots of the sink. */
    private final class Cut {
        private final DatasetAnalysis analysis;
        private final PatternSink sink;
        private final int[] slot;
        private final int label;
        private final int sourceIndex;
        private final int cols;
        private final Dataset4D dataset;
        private final FramePreprocessor preprocessor;

        Cut(LabelledDataset input, int sourceIndex, DatasetAnalysis analysis, PatternSink sink, int first) {
            this.analysis = analysis;
            this.sink = sink;
            this.sourceIndex = sourceIndex;
            this.label = input.labelIndex();
            this.dataset = input.dataset();
            this.cols = dataset.scanShape().cols();
            this.preprocessor = new FramePreprocessor(recipe, analysis.reference());
            boolean[] keep = analysis.keep();
            this.slot = new int[keep.length];
            for (int f = 0, s = first; f < keep.length; f++) {
                slot[f] = keep[f] ? s++ : -1;
            }
        }

        void put(int frame, float[] pattern) throws IOException {
            sink.put(slot[frame], pattern, 0, label, sourceIndex, frame / cols, frame % cols);
        }

        /** Whether every kept frame's crop lies inside its saved window. */
        boolean windowsHoldTheCrops() {
            CropWindows w = analysis.windows();
            if (w == null) {
                return false;
            }
            if (recipe.alignment() == Alignment.PER_FRAME) {
                return true; // each window is its frame's crop
            }
            int[] origin = preprocessor.globalCropOrigin();
            for (int f = 0; f < slot.length; f++) {
                if (slot[f] >= 0 && !w.contains(f, origin[0], origin[1], recipe.cropSize())) {
                    return false;
                }
            }
            return true;
        }

        /** Cuts the patterns from the saved windows (a streamed pass over the windows file). */
        void fromWindows(Progress progress) throws IOException, CanceledException {
            CropWindows w = analysis.windows();
            int[] global = preprocessor.globalCropOrigin();
            boolean perFrame = recipe.alignment() == Alignment.PER_FRAME;
            run(w.asDataset(dataset.scanShape()), (index, window, offset, pattern) -> {
                int f = (int) index;
                int r0 = perFrame ? w.rowOrigin(f) : global[0];
                int c0 = perFrame ? w.colOrigin(f) : global[1];
                preprocessor.cut(window, offset, w.width(), r0 - w.rowOrigin(f), c0 - w.colOrigin(f), pattern, 0);
            }, progress);
        }

        /** Cuts the patterns in a second streamed pass over the dataset. */
        void fromDataset(Progress progress) throws IOException, CanceledException {
            ThreadLocal<FramePreprocessor.Worker> workers = ThreadLocal.withInitial(preprocessor::newWorker);
            run(dataset, (index, frame, offset, pattern) -> workers.get().process(frame, offset, pattern, 0), progress);
        }

        /** One pass over {@code source} that turns every kept frame into a pattern and puts it. */
        private void run(Dataset4D source, FrameCutter cutter, Progress progress) throws IOException, CanceledException {
            // scratch space per thread, not per partition
            ThreadLocal<float[]> patterns = ThreadLocal.withInitial(() -> new float[preprocessor.patternSize()
                    * preprocessor.patternSize()]);
            FrameReducer<Long> writer = new FrameReducer<>() {
                @Override
                public Long newPartial() {
                    return 0L;
                }

                @Override
                public void accept(Long ignored, long index, float[] frames, int offset) {
                    if (slot[(int) index] < 0) {
                        return;
                    }
                    float[] pattern = patterns.get();
                    cutter.cut(index, frames, offset, pattern);
                    try {
                        put((int) index, pattern);
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
                new ScanPass(source, threads).run(writer, progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Turns frame {@code index} (at {@code frames[offset]}) into a pattern. */
    @FunctionalInterface
    private interface FrameCutter {
        void cut(long index, float[] frames, int offset, float[] pattern);
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
