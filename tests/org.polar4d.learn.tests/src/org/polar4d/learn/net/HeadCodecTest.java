package org.polar4d.learn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.runtime.NativeRuntime;

class HeadCodecTest {

    @BeforeAll
    static void init() {
        NativeRuntime.ensureInitialised();
    }

    @Test
    void regressionUsesTheAngleBinningRuleNotArgmax() {
        HeadCodec reg = new HeadCodec(Head.REG, 1.25);
        // (−0.6, 0.6) points at 135° → LU (3); argmax over the two outputs would say 1
        PatternPrediction p = reg.predict(new float[] {-0.6f, 0.6f}, null);
        assertEquals(3, p.classIndex());
        assertEquals(135.0, p.angleDegrees(), 1e-4);
        // the continuous angle is kept: 100° is in MU's bin (67.5°, 112.5°]
        double t = Math.toRadians(100);
        p = reg.predict(new float[] {(float) (0.9 * Math.cos(t)), (float) (0.9 * Math.sin(t))}, null);
        assertEquals(2, p.classIndex());
        assertEquals(100.0, p.angleDegrees(), 1e-4);
        assertEquals(0.9, p.confidence(), 1e-5);
        // −22.5° belongs to RM (class 0 is closed at both ends); −30° is RD, reported as 330°
        t = Math.toRadians(-30);
        p = reg.predict(new float[] {(float) Math.cos(t), (float) Math.sin(t)}, null);
        assertEquals(7, p.classIndex());
        assertEquals(330.0, p.angleDegrees(), 1e-4);
        // a zero vector has no direction
        assertEquals(-1, reg.predict(new float[] {0f, 0f}, null).classIndex());
    }

    @Test
    void regressionTargetsAreClassUnitVectors() {
        float[] v = new HeadCodec(Head.REG, 1.25).labels(new int[] {0, 2, 5}).reshape(6).toFloatVector();
        float s = (float) Math.sqrt(0.5);
        assertArrayEquals(new float[] {1, 0, 0, 1, -s, -s}, v, 1e-6f);
    }

    @Test
    void classificationIsArgmaxWithSoftmaxConfidence() {
        float[] probs = {0.05f, 0.1f, 0.6f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f};
        PatternPrediction p = new HeadCodec(Head.CLS, 1.25).predict(probs, null);
        assertEquals(2, p.classIndex());
        assertEquals(90.0, p.angleDegrees());
        assertEquals(0.6, p.confidence(), 1e-6);
        assertArrayEquals(probs, p.scores());
    }

    @Test
    void prototypeIsCosineToClassRepresentationsWithFirstMaximumWinning() {
        float[][] reps = new float[8][2];
        reps[1] = new float[] {10, 0}; // class 1 along x
        reps[4] = new float[] {0, 3}; // class 4 along y
        reps[6] = new float[] {5, 0}; // class 6 also along x: ties with class 1, first maximum wins
        PatternPrediction p = new HeadCodec(Head.PROTO, 1.25).predict(new float[] {2, 1}, reps);
        assertEquals(1, p.classIndex());
        assertEquals(2 / Math.sqrt(5), p.scores()[1], 1e-6);
        assertEquals(0.0, p.confidence(), 1e-6); // margin to the tied class 6
        p = new HeadCodec(Head.PROTO, 1.25).predict(new float[] {0, 1}, reps);
        assertEquals(4, p.classIndex());
        assertEquals(1.0, p.confidence(), 1e-6);
    }

    @Test
    void classRepresentationsAreSumsPerClass() {
        float[][] r = HeadCodec.classRepresentations(new float[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {2, 2, 7});
        assertArrayEquals(new float[] {4, 6}, r[2]);
        assertArrayEquals(new float[] {5, 6}, r[7]);
        assertArrayEquals(new float[] {0, 0}, r[0]);
    }
}
