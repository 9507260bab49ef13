package org.polar4d.learn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.patterns.ArrayPatternSet;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.SyntheticPatterns;
import org.polar4d.learn.model.EpochRecord;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.net.NetworkModel;

class TrainerTest {

    private static TrainingSettings.Builder tiny(Learner learner, Head head) {
        return TrainingSettings.builder().learner(learner).head(head).batchSize(16).maxEpochs(1).seeds(3);
    }

    private static double accuracy(TrainedModel model, ArrayPatternSet test) {
        PatternPrediction[] p = model.predict(SyntheticPatterns.patterns(test), test.size());
        int correct = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i].classIndex() == test.label(i)) {
                correct++;
            }
        }
        return (double) correct / p.length;
    }

    @Test
    void customCnnLearnsTheSyntheticTask() throws Exception {
        ArrayPatternSet train = SyntheticPatterns.disks(320, 16, 1);
        TrainingSettings s = tiny(Learner.CNN, Head.CLS).batchSize(32).maxEpochs(5).learningRate(1e-3).build();
        TrainingRun run = Trainer.train(train, s, Augmentation.NONE, Progress.NONE, TrainingListener.NONE);
        double acc = accuracy(run.models().get(0), SyntheticPatterns.disks(200, 16, 99));
        assertTrue(acc >= 0.9, "held-out accuracy " + acc);
    }

    @Test
    void sameSeedGivesIdenticalModelsAndOtherSeedsDiffer() throws Exception {
        ArrayPatternSet set = SyntheticPatterns.disks(96, 16, 2);
        TrainingSettings s = tiny(Learner.CNN, Head.PROTO).seeds(5, 6).build();
        TrainingRun a = Trainer.train(set, s, Augmentation.NONE, Progress.NONE, TrainingListener.NONE);
        TrainingRun b = Trainer.train(set, s, Augmentation.NONE, Progress.NONE, TrainingListener.NONE);
        float[] x = SyntheticPatterns.patterns(SyntheticPatterns.disks(20, 16, 3));
        PatternPrediction[] pa = a.models().get(0).predict(x, 20);
        PatternPrediction[] pb = b.models().get(0).predict(x, 20);
        PatternPrediction[] pc = a.models().get(1).predict(x, 20);
        boolean differs = false;
        for (int i = 0; i < 20; i++) {
            assertEquals(pa[i].classIndex(), pb[i].classIndex());
            assertArrayEquals(pa[i].scores(), pb[i].scores());
            differs |= !java.util.Arrays.equals(pa[i].scores(), pc[i].scores());
        }
        assertTrue(differs, "seed 6 trained exactly like seed 5");
        assertEquals(((NetworkModel) a.models().get(0)).network().params(),
                ((NetworkModel) b.models().get(0)).network().params());
    }

    @Test
    void bestEpochIsRestoredAndCurvesAreRecorded() throws Exception {
        ArrayPatternSet set = SyntheticPatterns.disks(160, 16, 4);
        List<EpochRecord> seen = new ArrayList<>();
        TrainingSettings s = tiny(Learner.CNN, Head.REG).maxEpochs(4).patience(1).learningRate(5e-3).build();
        TrainingRun run = Trainer.train(set, s, Augmentation.NONE, Progress.NONE, new TrainingListener() {
            @Override
            public void epochDone(long seed, EpochRecord record, boolean improved) {
                seen.add(record);
            }
        });
        TrainedModel m = run.models().get(0);
        assertEquals(seen, m.curve());
        double best = m.curve().stream().mapToDouble(EpochRecord::validationLoss).min().orElseThrow();
        assertEquals(best, Double.parseDouble(m.metrics().get("bestValidationLoss")));
        int bestEpoch = Integer.parseInt(m.metrics().get("bestEpoch"));
        assertEquals(best, m.curve().get(bestEpoch - 1).validationLoss());
        // patience 1: training stops at the first epoch without improvement
        for (int e = 1; e < m.curve().size() - 1; e++) {
            assertTrue(m.curve().get(e).validationLoss() < m.curve().get(e - 1).validationLoss());
        }
        // the restored model reproduces the best validation loss on the validation split
        DataSplit split = DataSplit.of(set.size(), s.trainFraction(), s.validationFraction(), s.splitSeed());
        float[] val = new float[split.validation().length * set.pixels()];
        for (int i = 0; i < split.validation().length; i++) {
            set.read(split.validation()[i], val, i * set.pixels());
        }
        int[] labels = new int[split.validation().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = set.label(split.validation()[i]);
        }
        float[][] out = ((NetworkModel) m).network().outputSingle(false,
                org.polar4d.learn.net.NetworkFactory.input(val, labels.length, 16, 16)).toFloatMatrix();
        double loss = new org.polar4d.learn.net.HeadCodec(Head.REG, 1.25).lossSum(out, labels);
        assertEquals(best, loss / labels.length, 1e-5);
    }

    @Test
    void augmentationTouchesTrainingBatchesOnlyAndMayRelabel() throws Exception {
        ArrayPatternSet set = SyntheticPatterns.disks(80, 16, 5);
        AtomicInteger calls = new AtomicInteger();
        List<Integer> labelsSeen = Collections.synchronizedList(new ArrayList<>());
        Augmentation flipLeftRight = (pattern, offset, h, w, label, random) -> {
            calls.incrementAndGet();
            labelsSeen.add(label);
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w / 2; c++) {
                    int a = offset + r * w + c;
                    int b = offset + r * w + (w - 1 - c);
                    float t = pattern[a];
                    pattern[a] = pattern[b];
                    pattern[b] = t;
                }
            }
            return Math.floorMod(4 - label, 8);
        };
        TrainingSettings s = tiny(Learner.CNN, Head.CLS).maxEpochs(2).patience(5).build();
        Trainer.train(set, s, flipLeftRight, Progress.NONE, TrainingListener.NONE);
        int trainSize = (int) Math.round(80 * 0.8);
        assertEquals(2 * (trainSize / 16) * 16, calls.get(), "one call per training pattern per epoch (drop_last)");
    }

    @Test
    void cancelingStopsTraining() {
        ArrayPatternSet set = SyntheticPatterns.disks(64, 16, 6);
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterFirstBatch = new Progress() {
            @Override
            public void update(double fraction, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCanceled() {
                return updates.get() > 0;
            }
        };
        assertThrows(CanceledException.class, () -> Trainer.train(set, tiny(Learner.CNN, Head.CLS).build(),
                Augmentation.NONE, cancelAfterFirstBatch, TrainingListener.NONE));
        assertEquals(1, updates.get());
    }

    @Test
    void unusableDataIsRejectedWithClearMessages() {
        ArrayPatternSet unlabelled = ArrayPatternSet.ofGrid(16, 16, new float[4 * 256], 2, -1, "scan.mib", Map.of());
        TrainingException e = assertThrows(TrainingException.class, () -> Trainer.train(unlabelled,
                tiny(Learner.CNN, Head.CLS).build(), Augmentation.NONE, Progress.NONE, TrainingListener.NONE));
        assertTrue(e.getMessage().contains("scan.mib") && e.getMessage().contains("no class label"), e.getMessage());

        ArrayPatternSet small = SyntheticPatterns.disks(40, 16, 7);
        e = assertThrows(TrainingException.class, () -> Trainer.train(small, tiny(Learner.VGG16, Head.CLS).build(),
                Augmentation.NONE, Progress.NONE, TrainingListener.NONE));
        assertTrue(e.getMessage().contains("at least 32"), e.getMessage());

        e = assertThrows(TrainingException.class, () -> Trainer.train(small,
                tiny(Learner.CNN, Head.CLS).batchSize(64).build(), Augmentation.NONE, Progress.NONE,
                TrainingListener.NONE));
        assertTrue(e.getMessage().contains("fewer than one batch"), e.getMessage());
    }

    /** Every head with the custom CNN, and VGG16 and ResNet-50 (slow on 2 cores) with one head each. */
    @Test
    void encodersAndHeadsTrainAndPredict() throws Exception {
        ArrayPatternSet set = SyntheticPatterns.disks(10, 32, 8); // one batch of 8, 1 validation, 1 test
        float[] x = SyntheticPatterns.patterns(SyntheticPatterns.disks(4, 32, 9));
        List<Object[]> combos = List.of(new Object[] {Learner.CNN, Head.CLS}, new Object[] {Learner.CNN, Head.REG},
                new Object[] {Learner.CNN, Head.PROTO}, new Object[] {Learner.VGG16, Head.REG},
                new Object[] {Learner.RESNET50, Head.PROTO});
        for (Object[] c : combos) {
            Learner l = (Learner) c[0];
            Head h = (Head) c[1];
            TrainingSettings s = tiny(l, h).batchSize(8).build();
            TrainedModel m = Trainer.train(set, s, Augmentation.NONE, Progress.NONE, TrainingListener.NONE)
                    .models().get(0);
            PatternPrediction[] p = m.predict(x, 4);
            assertEquals(4, p.length);
            for (PatternPrediction q : p) {
                assertEquals(8, q.scores().length, l + "/" + h);
                assertTrue(q.confidence() >= 0 && q.confidence() <= 1, l + "/" + h);
            }
            assertEquals("1", m.metrics().get("epochs"));
        }
    }

    @Test
    void pcaKnnTrainsOnItsTrainingSplitOnly() throws Exception {
        ArrayPatternSet set = SyntheticPatterns.disks(300, 16, 10);
        TrainingSettings s = TrainingSettings.builder().learner(Learner.PCAKNN).seeds(888, 1212).build();
        TrainingRun run = Trainer.train(set, s, Augmentation.NONE, Progress.NONE, TrainingListener.NONE);
        assertEquals(2, run.models().size());
        for (TrainedModel m : run.models()) {
            assertEquals("270", m.metrics().get("trainSize"));
            assertEquals("30", m.metrics().get("testSize"));
            assertTrue(Double.parseDouble(m.metrics().get("testAccuracy")) > 0.9, m.metrics().toString());
            // the scaler's mean is the training split's mean, not the whole set's
            org.polar4d.learn.pcaknn.PcaKnnModel pca = (org.polar4d.learn.pcaknn.PcaKnnModel) m;
            DataSplit split = DataSplit.of(300, 0.9, 0, m.seed());
            double sum = 0;
            float[] row = new float[set.pixels()];
            for (int i : split.train()) {
                set.read(i, row, 0);
                sum += row[100];
            }
            assertEquals(sum / split.train().length, pca.scaler().mean()[100], 1e-5);
        }
        assertFalse(run.models().get(0).metrics().equals(run.models().get(1).metrics()));
    }
}
