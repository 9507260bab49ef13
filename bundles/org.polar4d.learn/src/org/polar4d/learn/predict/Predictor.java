package org.polar4d.learn.predict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSetFile;
import org.polar4d.core.patterns.PatternSetTarget;
import org.polar4d.core.predict.MajorityVote;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.DatasetReference;
import org.polar4d.core.preprocess.LabelledDataset;
import org.polar4d.core.preprocess.PatternSetBuilder;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.model.PolarizationModel;
import org.polar4d.learn.model.TrainedModel;

/**
 * Predicts the class at every scan position of a dataset with one model or an ensemble. The frames
 * are streamed: the dataset is preprocessed exactly as for training ({@link PatternSetBuilder}: a
 * measuring pass for the global centre of mass — and bad pixels if the recipe repairs them — that
 * also saves each frame's crop window, then the patterns are cut) into a temporary memory-mapped
 * pattern file, which the models read in batches. Only pass blocks and one batch are in the heap,
 * whatever the size of the scan; the scratch folder needs room for the windows and patterns
 * (about 40 KB per position for 64 × 64 patterns).
 *
 * <p>The recipe comes from the models themselves, so a model is always applied with the
 * preprocessing it was trained with; an ensemble of models with different recipes is refused.
 * Several models are combined by {@link MajorityVote}.
 *
 * <p>Each table's metadata: {@code model} ({@link #nameOf}), {@code seed} (trained models),
 * {@code model_description}, {@code recipe}, {@code global_com} (row, col in conditioned frame pixels),
 * {@code scan_step} (if calibrated) and {@code label} (if the dataset carries one).
 */
public final class Predictor {

    /** Patterns given to a model in one call at most (models split them further as their memory needs). */
    public static final int DEFAULT_BATCH = 1024;

    /** Metadata keys the predictor adds to its tables. */
    public static final String KEY_RECIPE = "recipe";
    public static final String KEY_GLOBAL_COM = "global_com";
    public static final String KEY_SCAN_STEP = "scan_step";
    public static final String KEY_DESCRIPTION = "model_description";

    private static final double PREPROCESSING_SHARE = 0.6;

    private final List<PolarizationModel> models;
    private final PreprocessingRecipe recipe;
    private final int threads;
    private final int batchSize;
    private final Path scratch;

    /**
     * @throws IllegalArgumentException if there is no model, the models' recipes differ, or a model's
     *         input size does not match its recipe's crop
     */
    public Predictor(List<PolarizationModel> models) {
        this(models, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH, null);
    }

    private Predictor(List<PolarizationModel> models, int threads, int batchSize, Path scratch) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no model to predict with");
        }
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be at least 1");
        }
        this.models = List.copyOf(models);
        this.recipe = commonRecipe(this.models);
        this.threads = threads;
        this.batchSize = batchSize;
        this.scratch = scratch;
    }

    /** A predictor using {@code n} threads for reading and preprocessing. */
    public Predictor withThreads(int n) {
        return new Predictor(models, n, batchSize, scratch);
    }

    /** A predictor giving the models at most {@code n} patterns per call. */
    public Predictor withBatchSize(int n) {
        return new Predictor(models, threads, n, scratch);
    }

    /** A predictor keeping its temporary files in {@code dir} (default: the system's temporary folder). */
    public Predictor withScratch(Path dir) {
        return new Predictor(models, threads, batchSize, dir);
    }

    /** Number of models (an ensemble votes). */
    public int modelCount() {
        return models.size();
    }

    /** The preprocessing recipe shared by the models. */
    public PreprocessingRecipe recipe() {
        return recipe;
    }

    private static PreprocessingRecipe commonRecipe(List<PolarizationModel> models) {
        PreprocessingRecipe first = recipeOf(models.get(0));
        for (PolarizationModel m : models) {
            PreprocessingRecipe r = recipeOf(m);
            if (!r.equals(first)) {
                throw new IllegalArgumentException("the models were trained with different preprocessing, so they "
                        + "cannot vote together: '" + models.get(0).describe() + "' uses " + first.describe()
                        + ", but '" + m.describe() + "' uses " + r.describe());
            }
            if (m.inputHeight() != r.cropSize() || m.inputWidth() != r.cropSize()) {
                throw new IllegalArgumentException("model '" + m.describe() + "' takes " + m.inputHeight() + "x"
                        + m.inputWidth() + " patterns, but its recipe cuts " + r.cropSize() + "x" + r.cropSize());
            }
        }
        return first;
    }

    private static PreprocessingRecipe recipeOf(PolarizationModel m) {
        try {
            return PreprocessingRecipe.fromProperties(m.recipe());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model '" + m.describe() + "': " + e.getMessage(), e);
        }
    }

    /**
     * One table per model, in the order of the models.
     *
     * @throws IllegalArgumentException if the frames are smaller than the recipe's crop
     */
    public List<PredictionTable> predictEach(Dataset4D dataset, Progress progress)
            throws IOException, CanceledException {
        Path dir = scratch != null ? scratch : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(dir);
        Path file = dir.resolve("polar4d-predict-" + Long.toHexString(System.nanoTime()) + PatternSetFile.EXTENSION);
        try {
            PatternSetBuilder.Result r = new PatternSetBuilder(recipe, FilterSettings.NONE, threads).build(
                    List.of(LabelledDataset.unlabelled(dataset)), PatternSetTarget.file(file),
                    progress.slice(0, PREPROCESSING_SHARE));
            try (PatternSet patterns = r.patterns()) {
                PredictionTable.Builder[] builders = new PredictionTable.Builder[models.size()];
                for (int m = 0; m < builders.length; m++) {
                    builders[m] = PredictionTable.builder(dataset.scanShape());
                    metadata(builders[m], models.get(m), dataset, r.references().get(0));
                }
                predictAll(patterns, dataset.scanShape(), builders, progress.slice(PREPROCESSING_SHARE, 1));
                List<PredictionTable> tables = new ArrayList<>();
                for (PredictionTable.Builder b : builders) {
                    tables.add(b.build());
                }
                return tables;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The models' predictions, combined by majority vote when there are several. */
    public PredictionTable predict(Dataset4D dataset, Progress progress) throws IOException, CanceledException {
        List<PredictionTable> tables = predictEach(dataset, progress);
        return tables.size() == 1 ? tables.get(0) : combine(tables);
    }

    /** Every pattern through every model, batch by batch. */
    private void predictAll(PatternSet patterns, ScanShape scan, PredictionTable.Builder[] builders, Progress progress)
            throws CanceledException {
        int n = patterns.size();
        int pixels = patterns.pixels();
        float[] batch = new float[Math.min(batchSize, Math.max(1, n)) * pixels];
        for (int first = 0; first < n; first += batchSize) {
            progress.checkCanceled();
            int count = Math.min(batchSize, n - first);
            for (int i = 0; i < count; i++) {
                patterns.read(first + i, batch, i * pixels);
            }
            for (int m = 0; m < models.size(); m++) {
                PolarizationModel model = models.get(m);
                PatternPrediction[] p = model.predict(batch, count);
                if (p == null || p.length != count) {
                    throw new IllegalStateException("model '" + model.describe() + "' returned "
                            + (p == null ? "nothing" : p.length + " predictions") + " for " + count + " patterns");
                }
                for (int i = 0; i < count; i++) {
                    int index = (int) scan.index(patterns.row(first + i), patterns.col(first + i));
                    put(model, builders[m], index, p[i]);
                }
            }
            progress.update((double) (first + count) / n, (first + count) + " / " + n + " patterns predicted");
        }
    }

    private static void put(PolarizationModel model, PredictionTable.Builder table, int index, PatternPrediction p) {
        if (p.classIndex() < PredictionTable.NO_PREDICTION || p.classIndex() >= PolarizationClass.COUNT) {
            throw new IllegalStateException("model '" + model.describe() + "' predicted class " + p.classIndex());
        }
        try {
            table.put(index, p);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("model '" + model.describe() + "' made an invalid prediction: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The majority vote of several models' tables of one scan; named after the models' common name
     * (e.g. all seeds of {@code cnn/proto}) or {@code ensemble of a + b}.
     */
    public static PredictionTable combine(List<PredictionTable> tables) {
        PredictionTable vote = MajorityVote.combine(tables);
        List<String> names = tables.stream().map(t -> t.metadata(PredictionTable.KEY_MODEL).orElse("?")).distinct()
                .toList();
        String name = names.size() == 1 ? names.get(0) : "ensemble of " + String.join(" + ", names);
        return vote.withMetadata(PredictionTable.KEY_MODEL, name);
    }

    /**
     * The name of a model in prediction tables, shared by its seeds: {@code learner/head} for trained
     * networks (e.g. {@code cnn/proto}), {@code pcaknn} for PCA-kNN, else its description.
     */
    public static String nameOf(PolarizationModel model) {
        if (model instanceof TrainedModel t) {
            return t.learner().id() + (t.head() == null ? "" : "/" + t.head().id());
        }
        return model.describe();
    }

    private void metadata(PredictionTable.Builder b, PolarizationModel model, Dataset4D dataset,
            DatasetReference reference) {
        b.metadata(PredictionTable.KEY_MODEL, nameOf(model));
        if (model instanceof TrainedModel t) {
            b.metadata(PredictionTable.KEY_SEED, Long.toString(t.seed()));
        }
        b.metadata(KEY_DESCRIPTION, model.describe());
        b.metadata(KEY_RECIPE, recipe.describe());
        b.metadata(KEY_GLOBAL_COM, String.format(Locale.ROOT, "%.3f, %.3f", reference.globalCom().row(),
                reference.globalCom().col()));
        dataset.calibration().scanStepValue().ifPresent(q -> b.metadata(KEY_SCAN_STEP, q.toString()));
        dataset.label().ifPresent(l -> b.metadata(PredictionTable.KEY_LABEL, l.name()));
    }
}
