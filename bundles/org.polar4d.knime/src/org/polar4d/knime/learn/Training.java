package org.polar4d.knime.learn;

import java.util.List;
import java.util.Map;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.augment.AugmentationSettings;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.KnimeProgress;
import org.polar4d.knime.port.AugmentationPortObject;
import org.polar4d.knime.port.PatternSetPortObject;
import org.polar4d.knime.settings.StringSetting;
import org.polar4d.learn.train.Trainer;
import org.polar4d.learn.train.TrainingListener;
import org.polar4d.learn.train.TrainingRun;
import org.polar4d.learn.train.TrainingSettings;

/** What both learner nodes share: seeds, the optional augmentation input, the engine call. */
final class Training {

    static final StringSetting SEEDS = StringSetting.text("seeds", "Seeds", "888, 1212, 3000, 5000, 7000", false,
            Training::checkSeeds);

    private Training() {
    }

    private static String checkSeeds(String text) {
        try {
            List<Long> seeds = TrainingSettings.parseSeeds(text);
            return seeds.isEmpty() ? "must list at least one seed" : null;
        } catch (IllegalArgumentException e) {
            return "must be a list of integers such as 888, 1212 (" + e.getMessage() + ")";
        }
    }

    /** The engine's settings; its range checks become messages naming the node. */
    static TrainingSettings build(TrainingSettings.Builder b) throws InvalidSettingsException {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid training settings: " + e.getMessage(), e);
        }
    }

    /** Trains on the patterns of port 0 with the optional augmentation of port 1. */
    static TrainingRun train(Object[] in, TrainingSettings settings, ExecutionContext exec) throws Exception {
        PatternSet patterns = ((PatternSetPortObject) in[0]).patterns();
        AugmentationSettings augmentation = in[1] == null ? AugmentationSettings.NONE
                : ((AugmentationPortObject) in[1]).settings();
        Augmentation steps = augmentation.any() ? augmentation.build() : Augmentation.NONE;
        Map<String, String> described = augmentation.any() ? augmentation.toProperties() : Map.of();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void batchDone(long seed, int epoch, int batch, int batches, double loss) {
                exec.setMessage(String.format(java.util.Locale.ROOT, "seed %d, epoch %d, batch %d/%d, loss %.4f",
                        seed, epoch, batch, batches, loss));
            }
        };
        return EngineCall.run("training " + settings.learner().displayName(),
                () -> Trainer.train(patterns, settings, steps, described, new KnimeProgress(exec), listener));
    }
}
