package org.polar4d.learn.model;

import java.util.List;
import java.util.Map;

import org.polar4d.core.predict.PatternPrediction;

/**
 * A trained classifier of preprocessed patterns (any learner: CNN encoders with any head, PCA-kNN).
 * It carries the preprocessing recipe it was trained with, so predictors prepare raw frames exactly
 * as in training.
 */
public interface PolarizationModel {

    /** Short description, e.g. {@code cnn/proto seed 888} or {@code pcaknn k=5}. */
    String describe();

    /** Height of the patterns the model takes. */
    int inputHeight();

    /** Width of the patterns the model takes. */
    int inputWidth();

    /** Class names in index order (RM RU MU LU LM LD MD RD). */
    List<String> classNames();

    /** Preprocessing recipe properties of the training patterns (see PatternSet#recipe). */
    Map<String, String> recipe();

    /**
     * Predicts {@code count} patterns stored one after another in {@code patterns}
     * ({@code inputHeight() × inputWidth()} floats each). Thread-confined: call from one thread.
     */
    PatternPrediction[] predict(float[] patterns, int count);

    /**
     * Checks that {@code patterns} holds {@code count} patterns of {@code inputHeight() × inputWidth()} floats.
     *
     * @throws IllegalArgumentException if it does not
     */
    default void checkInput(float[] patterns, int count) {
        long floats = (long) count * inputHeight() * inputWidth();
        if (count < 0 || patterns.length < floats) {
            throw new IllegalArgumentException(count + " patterns of " + inputHeight() + "×" + inputWidth() + " need "
                    + floats + " floats, got " + patterns.length);
        }
    }
}
