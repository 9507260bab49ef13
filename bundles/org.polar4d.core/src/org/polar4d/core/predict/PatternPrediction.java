package org.polar4d.core.predict;

/**
 * A model's prediction for one pattern.
 *
 * @param classIndex predicted class 0..7, or -1 when undefined (e.g. a regression output of zero length)
 * @param angleDegrees predicted direction: the class centre 45·k, or the continuous regression angle
 * @param confidence softmax probability, prototype similarity margin or kNN vote share, in [0, 1]
 * @param scores per-class scores (8 values; probabilities, cosine similarities or vote shares)
 */
public record PatternPrediction(int classIndex, double angleDegrees, double confidence, float[] scores) {
}
