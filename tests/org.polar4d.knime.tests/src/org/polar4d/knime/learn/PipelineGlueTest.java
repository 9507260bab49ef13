package org.polar4d.knime.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.eval.EvaluationReport;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSetTarget;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.LabelledDataset;
import org.polar4d.core.preprocess.PatternSetBuilder;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.core.progress.Progress;
import org.polar4d.core.sim.SimulatedScan;
import org.polar4d.knime.prep.PrepTestAccess;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.knime.sim.SimulatorTestAccess;
import org.polar4d.learn.model.PolarizationModel;
import org.polar4d.learn.predict.Predictor;
import org.polar4d.learn.train.Trainer;
import org.polar4d.learn.train.TrainingListener;
import org.polar4d.learn.train.TrainingRun;

/**
 * The paper's pipeline through the nodes' own settings translations, on tiny simulated scans: simulate two classes →
 * preprocess → PCA-kNN → model archive bytes (what the model port stores) → predict a third, held-out scan → score.
 */
class PipelineGlueTest {

    private static Dataset4D simulate(String polarization, int seed) throws Exception {
        SettingValues v = SimulatorTestAccess.defaults(polarization, seed);
        SimulatedScan scan = SimulatedScan.of(SimulatorTestAccess.simulation(v));
        return scan.materialize(Progress.NONE);
    }

    @Test
    void simulatePreprocessTrainArchivePredictScore() throws Exception {
        PreprocessingRecipe recipe = PrepTestAccess.recipe(16);
        List<PatternSet> parts = new ArrayList<>();
        for (String c : List.of("RM", "LM")) {
            Dataset4D d = simulate(c, 1);
            parts.add(new PatternSetBuilder(recipe, FilterSettings.NONE, 2)
                    .build(List.of(LabelledDataset.of(d)), PatternSetTarget.memory(), Progress.NONE).patterns());
        }
        PatternSet training = org.polar4d.core.patterns.PatternSets.concat(parts);
        assertEquals(2 * 16, training.size());

        SettingValues learner = PcaKnnLearnerNodeFactory.SCHEMA.defaults()
                .with(PcaKnnLearnerNodeFactory.COMPONENTS, 4).with(PcaKnnLearnerNodeFactory.K, 3)
                .with(Training.SEEDS, "888, 1212");
        TrainingRun run = Trainer.train(training, PcaKnnLearnerNodeFactory.settings(learner),
                org.polar4d.core.augment.Augmentation.NONE, Progress.NONE, TrainingListener.NONE);
        TrainingRun back = ModelArchives.run(ModelArchives.bytes(run));
        assertEquals(2, back.models().size());
        assertEquals(run.recipe(), back.recipe());
        assertTrue(ModelArchives.spec(back).summary().contains("2 seeds"), ModelArchives.spec(back).summary());

        Dataset4D heldOut = simulate("LM", 2);
        List<PolarizationModel> models = new ArrayList<>(back.models());
        List<PredictionTable> tables = new Predictor(models).withThreads(2).predictEach(heldOut, Progress.NONE);
        assertEquals(2, tables.size());
        EvaluationReport report = EvaluationReport.of(List.of(new EvaluationReport.Source("seed888", tables.get(0)),
                new EvaluationReport.Source("seed1212", tables.get(1))), d -> Optional.empty());
        double accuracy = report.entries().get(0).evaluation().accuracy();
        assertTrue(accuracy > 0.5, "LM vs RM should be separable on a held-out LM scan, accuracy " + accuracy);
    }
}
