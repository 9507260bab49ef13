package org.polar4d.core.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.ScanShape;

class MajorityVoteTest {

    @Test
    void majorityWinsAndTiesGoToTheSmallestClassIndex() {
        PredictionTable a = PredictionTables.of("0372");
        PredictionTable b = PredictionTables.of("3372");
        PredictionTable c = PredictionTables.of("3.15");
        PredictionTable d = PredictionTables.of("0..6");
        PredictionTable v = MajorityVote.combine(List.of(a, b, c, d));
        // pos0: 0,3,3,0 tie → 0; pos1: 3,3 → 3; pos2: 7,7,1 → 7; pos3: 2,2,5,6 → 2
        assertArrayEquals(new int[] {0, 3, 7, 2}, v.classMap());
        assertEquals(0.5, v.agreement(0), 1e-12);
        assertEquals(0.5, v.agreement(1), 1e-12, "models without a prediction count as disagreeing");
        assertEquals(0.5, v.agreement(2), 1e-12);
        assertEquals(0.5, v.agreement(3), 1e-12);
        // the order of the models does not matter
        assertArrayEquals(v.classMap(), MajorityVote.combine(List.of(d, c, b, a)).classMap());
        assertEquals("4", v.metadata("models").orElseThrow());
    }

    @Test
    void tieBreakIsByClassIndexNotByOrder() {
        assertEquals(2, MajorityVote.winner(new long[] {0, 0, 2, 0, 0, 2, 0, 0}));
        assertEquals(7, MajorityVote.winner(new long[] {0, 0, 0, 0, 0, 0, 0, 1}));
        assertEquals(-1, MajorityVote.winner(new long[8]));
    }

    @Test
    void positionNoModelPredictedHasNoPrediction() {
        PredictionTable v = MajorityVote.combine(List.of(PredictionTables.of("1."), PredictionTables.of("..")));
        assertEquals(1, v.classIndex(0));
        assertEquals(0.5, v.agreement(0), 1e-12);
        assertFalse(v.hasPrediction(1));
    }

    @Test
    void angleIsTheCircularMeanOfTheAgreeingModels() {
        ScanShape s = new ScanShape(1, 1);
        PredictionTable a = PredictionTable.builder(s).put(0, 0, 350, 0.8, 1, null).build();
        PredictionTable b = PredictionTable.builder(s).put(0, 0, 20, 0.6, 1, null).build();
        PredictionTable c = PredictionTable.builder(s).put(0, 4, 180, 0.1, 1, null).build();
        PredictionTable v = MajorityVote.combine(List.of(a, b, c));
        assertEquals(0, v.classIndex(0));
        assertEquals(5.0, v.angleDegrees(0), 1e-4, "mean of 350° and 20° is 5°, the outvoted 180° is ignored");
        assertEquals(0.7, v.confidence(0), 1e-6, "mean confidence of the agreeing models");
        assertEquals(2.0 / 3, v.agreement(0), 1e-6);
    }

    @Test
    void scoresAreAveraged() {
        ScanShape s = new ScanShape(1, 1);
        float[] s1 = {1, 0, 0, 0, 0, 0, 0, 0};
        float[] s2 = {0.5f, 0.5f, 0, 0, 0, 0, 0, 0};
        PredictionTable v = MajorityVote.combine(List.of(PredictionTable.builder(s).put(0, 0, 0, 1, 1, s1).build(),
                PredictionTable.builder(s).put(0, 0, 0, 0.5, 1, s2).build()));
        assertArrayEquals(new float[] {0.75f, 0.25f, 0, 0, 0, 0, 0, 0}, v.scores(0), 1e-6f);
    }

    @Test
    void differentScansCannotBeCombined() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MajorityVote.combine(List.of(PredictionTables.of("01"), PredictionTables.of("0", "1"))));
        assertEquals(true, e.getMessage().contains("1x2") && e.getMessage().contains("2x1"), e.getMessage());
    }

    @Test
    void commonMetadataIsKept() {
        PredictionTable a = PredictionTables.of("0").withMetadata("dataset", "1E").withMetadata("model", "cnn seed 1");
        PredictionTable b = PredictionTables.of("0").withMetadata("dataset", "1E").withMetadata("model", "cnn seed 2");
        PredictionTable v = MajorityVote.combine(List.of(a, b));
        assertEquals("1E", v.metadata("dataset").orElseThrow());
        assertFalse(v.metadata("model").isPresent());
    }
}
