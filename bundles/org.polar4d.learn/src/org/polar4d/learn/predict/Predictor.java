package org.polar4d.learn.predict;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.predict.MajorityVote;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.DatasetReference;
import org.polar4d.core.preprocess.FramePreprocessor;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.model.PolarizationModel;

/**
 * Predicts the class at every scan position of a dataset with one model or an ensemble, streaming
 * the frames: a first pass measures the dataset as the models' preprocessing recipe needs (global
 * centre of mass, bad pixels if the recipe repairs them), a second pass preprocesses the frames in
 * batches and predicts them. Only a few blocks of frames and batches of patterns are in memory at any
 * time, whatever the size of the scan.
 *
 * <p>The recipe comes from the models themselves, so a model is always applied with the
 * preprocessing it was trained with; an ensemble of models with different recipes is refused.
 * Several models are combined by {@link MajorityVote}.
 */
public final class Predictor {

    /** Patterns given to a model in one call at most. */
    public static final int DEFAULT_BATCH = 256;

    /** Metadata keys the predictor adds to its tables. */
    public static final String KEY_RECIPE = "recipe";
    public static final String KEY_GLOBAL_COM = "global_com";
    public static final String KEY_SCAN_STEP = "scan_step";

    private final List<PolarizationModel> models;
    private final PreprocessingRecipe recipe;
    private final int threads;
    private final int batchSize;

    /**
     * @throws IllegalArgumentException if there is no model, the models' recipes differ, or a model's
     *         input size does not match its recipe's crop
     */
    public Predictor(List<PolarizationModel> models) {
        this(models, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
    }

    private Predictor(List<PolarizationModel> models, int threads, int batchSize) {
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
    }

    /** A predictor using {@code n} threads for reading and preprocessing. */
    public Predictor withThreads(int n) {
        return new Predictor(models, n, batchSize);
    }

    /** A predictor giving the models at most {@code n} patterns per call. */
    public Predictor withBatchSize(int n) {
        return new Predictor(models, threads, n);
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
        DatasetReference reference = DatasetReference.measure(dataset, recipe, threads, progress.slice(0, 0.3));
        FramePreprocessor preprocessor = new FramePreprocessor(recipe, reference);
        PredictionTable.Builder[] builders = new PredictionTable.Builder[models.size()];
        for (int m = 0; m < builders.length; m++) {
            builders[m] = PredictionTable.builder(dataset.scanShape());
            metadata(builders[m], dataset, reference);
            builders[m].metadata(PredictionTable.KEY_MODEL, models.get(m).describe());
        }
        PredictionPass pass = new PredictionPass(preprocessor, models, builders, batchSize);
        PredictionPass.Batch rest = new ScanPass(dataset, threads).run(pass, progress.slice(0.3, 1));
        pass.flush(rest);
        List<PredictionTable> tables = new ArrayList<>();
        for (PredictionTable.Builder b : builders) {
            tables.add(b.build());
        }
        return tables;
    }

    /** The models' predictions, combined by majority vote when there are several. */
    public PredictionTable predict(Dataset4D dataset, Progress progress) throws IOException, CanceledException {
        List<PredictionTable> tables = predictEach(dataset, progress);
        if (tables.size() == 1) {
            return tables.get(0);
        }
        PredictionTable vote = MajorityVote.combine(tables);
        List<String> names = models.stream().map(PolarizationModel::describe).toList();
        return vote.withMetadata(PredictionTable.KEY_MODEL, "ensemble of " + names.size() + ": "
                + String.join(" + ", names));
    }

    private void metadata(PredictionTable.Builder b, Dataset4D dataset, DatasetReference reference) {
        b.metadata(KEY_RECIPE, recipe.describe());
        b.metadata(KEY_GLOBAL_COM, String.format(Locale.ROOT, "%.3f, %.3f", reference.globalCom().row(),
                reference.globalCom().col()));
        dataset.calibration().scanStepValue().ifPresent(q -> b.metadata(KEY_SCAN_STEP, q.toString()));
        dataset.label().ifPresent(l -> b.metadata(PredictionTable.KEY_LABEL, l.name()));
    }
}
