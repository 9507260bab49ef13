package org.polar4d.learn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;

class TrainingSettingsTest {

    @Test
    void defaultsAreThePapers() {
        TrainingSettings s = TrainingSettings.defaults(Learner.CNN, Head.PROTO);
        assertEquals(2e-4, s.learningRate());
        assertEquals(1e-4, s.l2());
        assertEquals(128, s.batchSize());
        assertEquals(20, s.maxEpochs());
        assertEquals(5, s.patience());
        assertEquals(42, s.splitSeed());
        assertEquals(List.of(888L, 1212L, 3000L, 5000L, 7000L), s.seeds());
        assertEquals(1.25, s.prototypeSigma());
        assertEquals(20, s.pcaComponents());
        assertEquals(5, s.knnK());
    }

    @Test
    void propertiesRoundTrip() throws Exception {
        TrainingSettings s = TrainingSettings.builder().learner(Learner.RESNET50).head(Head.REG).batchSize(64)
                .seeds(1, 2, 3).learningRate(1e-3).pretrainedWeights("/tmp/w.zip").build();
        assertEquals(s, TrainingSettings.fromProperties(s.toProperties()));
        assertEquals(TrainingSettings.builder().build(), TrainingSettings.fromProperties(new Properties()));
    }

    @Test
    void badPropertiesNameTheKey() {
        Properties p = new Properties();
        p.setProperty("batchSize", "many");
        SettingsException e = assertThrows(SettingsException.class, () -> TrainingSettings.fromProperties(p));
        assertTrue(e.getMessage().contains("batchSize"), e.getMessage());
        p.setProperty("batchSize", "0");
        e = assertThrows(SettingsException.class, () -> TrainingSettings.fromProperties(p));
        assertTrue(e.getMessage().contains("batchSize"), e.getMessage());
        Properties q = new Properties();
        q.setProperty("epochz", "3");
        e = assertThrows(SettingsException.class, () -> TrainingSettings.fromProperties(q));
        assertTrue(e.getMessage().contains("epochz"), e.getMessage());
    }

    @Test
    void pretrainedWeightsOnlyForVggAndResNet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingSettings.builder().learner(Learner.CNN).pretrainedWeights("w.zip").build());
        assertTrue(e.getMessage().contains("pretrainedWeights"));
    }

    @Test
    void splitIsDeterministicAndDisjoint() {
        DataSplit a = DataSplit.of(1000, 0.8, 0.1, 42);
        DataSplit b = DataSplit.of(1000, 0.8, 0.1, 42);
        assertEquals(800, a.train().length);
        assertEquals(100, a.validation().length);
        assertEquals(100, a.test().length);
        assertTrue(java.util.Arrays.equals(a.train(), b.train()));
        boolean[] seen = new boolean[1000];
        for (int[] part : List.of(a.train(), a.validation(), a.test())) {
            for (int i : part) {
                assertTrue(!seen[i]);
                seen[i] = true;
            }
        }
    }
}
